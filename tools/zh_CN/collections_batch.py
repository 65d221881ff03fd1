# Translations of the Collections batch work: printing, statements for all, delivery outcomes,
# the worklist priority and the timeline statuses.
BLOCK = {
    "CollectionsModel": {
        "pay by {date} · {status}": "{date} 前付款 · {status}",
        "Priority {rank}: {amount:,} (home currency, whole units) × {days} day(s) = {weight:,}":
            "优先级 {rank}：{amount:,}（本位币，整数单位）× {days} 天 = {weight:,}",
        "Priority": "优先级",
        "The default order, 1 first: the amount in the home currency times its age in days":
            "默认排序，1 为最先：本位币金额 × 逾期天数",
    },
    "CollectionsTab": {
        "Cancel promise to pay": "取消付款承诺",
        "Cancel instalment plan": "取消分期计划",
        "It is kept, marked as cancelled and audited; its invoices return to the dunning ladder.":
            "记录会保留并标记为已取消，写入审计日志；相关发票回到催收阶梯。",
        "Cancel &promise": "取消承诺(&P)",
        "Cancel &plan": "取消分期(&P)",
        "Cancel promise/plan…": "取消承诺/分期…",
        "Cancel the promise to pay or instalment plan selected in the timeline":
            "取消时间线中选中的付款承诺或分期计划",
        "Statements for all…": "批量对账单…",
        "Statements of account for every customer with open items: a PDF each, one file, or printed":
            "为所有有未结项目的客户生成对账单：每户一个 PDF、合并为一个文件，或直接打印",
    },
    "CreditSettingsForm": {
        "No dunning ladder has this name: customers of this grade follow the default ladder":
            "没有这个名称的催收阶梯：该等级的客户按默认阶梯催收",
        "The dunning ladder for this grade (Settings → Dunning)": "该等级使用的催收阶梯（设置 → 催收）",
    },
    "DunningSettingsForm": {
        "Letter &paper:": "函件纸张(&P)：",
        "A4 (210 × 297 mm)": "A4（210 × 297 毫米）",
        "US Letter (8.5 × 11 in)": "美式 Letter（8.5 × 11 英寸）",
    },
    "DeliveryDialog": {
        "not known yet": "尚不清楚",
        "came back / bounced on": "退回 / 退信于",
        "Returned post or an e-mail that bounced: the letter did not reach the customer and restarts nothing":
            "邮件被退回或电子邮件退信：函件未送达客户，不中断诉讼时效",
        "Why (addressee unknown, mailbox full…)": "原因（查无此人、邮箱已满…）",
        "Outcome:": "结果：",
    },
    "IssueLettersDialog": {
        "The letters could not be printed: {error}": "函件无法打印：{error}",
        "{count} letter(s), {pages} page(s)": "{count} 封函件，共 {pages} 页",
    },
    "PdfPages": {
        "Preparing {count} page(s)…": "正在准备 {count} 页…",
        "Stop": "停止",
    },
    "StatementsDialog": {
        "Statements for all customers": "全部客户对账单",
        "Counting the customers with open items…": "正在统计有未结项目的客户…",
        "each customer's letter language": "按各客户的函件语言",
        "Chinese": "中文",
        "English": "英文",
        "Language:": "语言：",
        "Paper:": "纸张：",
        "one PDF per customer, in a folder": "每个客户一个 PDF，保存到文件夹",
        "all in one PDF file": "全部合并为一个 PDF 文件",
        "print (with a preview)": "打印（带预览）",
        "Make:": "生成：",
        "&Make statements…": "生成对账单(&M)…",
        "Cancel": "取消",
        "Making {count} statement(s)…": "正在生成 {count} 份对账单…",
        "No customer has open items on {date}.": "{date} 没有客户有未结项目。",
        "{count} customer(s) have open items on {date}.": "{date} 有 {count} 个客户有未结项目。",
        "Save the statements to a folder": "将对账单保存到文件夹",
        "Save the statements": "保存对账单",
        "PDF files (*.pdf)": "PDF 文件 (*.pdf)",
        "Making statements": "正在生成对账单",
        "{count} statement(s) ready to print.": "{count} 份对账单已可打印。",
        "{count} statement(s) saved in {file}.": "{count} 份对账单已保存到 {file}。",
        "{count} statement(s) saved to {folder}.": "{count} 份对账单已保存到 {folder}。",
        "Statements of {date}": "{date} 对账单",
        "Cancelled: the statements already made were kept.": "已取消：已生成的对账单予以保留。",
        "Cancelled: nothing was written.": "已取消：未写入任何文件。",
    },
    "messages": {
        "{reference}: recorded as returned; it restarts nothing.": "{reference}：已登记为退回，不中断诉讼时效。",
        "A letter is either delivered or returned, not both.": "函件要么已送达，要么已退回，不能两者兼有。",
        "Returned on {date}, before the letter was issued.": "退回日期 {date} 早于函件发出日期。",
        "reached": "已接通",
        "no answer": "无人接听",
        "promise to pay": "承诺付款",
        "dispute": "争议",
        "other": "其他",
        "open": "未结",
        "kept": "已兑现",
        "broken": "已违约",
        "cancelled": "已取消",
        "active": "执行中",
        "completed": "已完成",
        "came back": "已退回",
        "The letters' paper must be A4 or Letter.": "函件纸张必须为 A4 或 Letter。",
        "Ladder {name}: stage {n} needs a name of at most 100 characters.":
            "催收阶梯 {name}：第 {n} 阶段需要名称，最多 100 个字符。",
    },
}
