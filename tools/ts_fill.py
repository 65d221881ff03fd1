#!/usr/bin/env python3
"""Apply ARDesk's Simplified Chinese translations to resources/i18n/ardesk_zh_CN.ts.

    python tools/ts_fill.py            fill the .ts from the tables below, list what is still missing
    python tools/ts_fill.py --check    only list missing entries (exit 1 if any)

Run ``python tools/update_translations.py`` afterwards to compile the .qm.

The tables are the translations: ``BY_CONTEXT`` (context → source → text) wins over ``COMMON``
(source → text, used in any context). An entry in the tables replaces what the .ts holds, so the
tables stay the single place to correct a translation. Every translation must use exactly the
``{placeholders}`` of its source; the script refuses to write otherwise.

Conventions: full-width punctuation in sentences (，。：；（）“”), accelerators as "(&X)" at the end
of the label before the colon ("公司名称(&N)："), keyboard shortcuts stay "Ctrl+F", spaces around
numbers and Latin placeholders ("共 {n} 个客户"). Status words match what the importer accepts
(未结, 部分回款, 已结清, 已作废, 有争议, 已核销坏账), so an exported list imports back.
"""

from __future__ import annotations

import argparse
import string
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "ardesk_zh_CN.ts"

# ---------------------------------------------------------------- any context
COMMON: dict[str, str] = {
    # invoice status labels
    "Open": "未结",
    "Open|amount still owed": "未结金额",
    "Partly paid": "部分回款",
    "Paid": "已结清",
    "Cancelled": "已作废",
    "Disputed": "有争议",
    "Written off": "已核销坏账",
    "Overdue": "逾期",
    "All": "全部",
    # column headers and field names
    "Invoice": "发票",
    "Credit note": "贷项通知单",
    "Number": "单据号",
    "Customer": "客户",
    "Kind": "类型",
    "Issued": "开票日期",
    "Due": "到期日",
    "Currency": "币种",
    "Cur.": "币种",
    "Amount": "金额",
    "Status": "状态",
    "Days overdue": "逾期天数",
    "Date": "日期",
    "Code": "客户编号",
    "Name": "客户名称",
    "Terms": "账期",
    "Terms (days)": "账期（天）",
    "Credit limit": "信用额度",
    "Open balance": "未结余额",
    "Contact": "联系人",
    "E-mail": "电子邮箱",
    "Phone": "电话",
    "Address": "地址",
    "Notes": "备注",
    "none": "无",
    # form labels
    "&Address:": "地址(&A)：",
    "&Phone:": "电话(&P)：",
    "&E-mail:": "电子邮箱(&E)：",
    "C&urrency:": "币种(&U)：",
    # actions and messages used in several places
    "Loading…": "正在加载…",
    "Cancel": "取消",
    "Close": "关闭",
    "Importing is not available in this build.": "此版本不支持导入。",
    "&New…": "新建(&N)…",
    "New customer…": "新建客户…",
    "New invoice…": "新建发票…",
    "Import customers…": "导入客户…",
    "Import invoices…": "导入发票…",
    "Import customers": "导入客户",
    "Import invoices": "导入发票",
    "{number} is already cancelled.": "{number} 已作废。",
    "{number} is written off and cannot be cancelled.": "{number} 已核销坏账，无法作废。",
    "The amount must be greater than zero.": "金额必须大于零。",
    "Number {number} is already used.": "号码 {number} 已被使用。",
}

# ---------------------------------------------------------------- per context
BY_CONTEXT: dict[str, dict[str, str]] = {
    "AboutDialog": {
        "About {app}": "关于 {app}",
        "Database:": "数据库：",
        "Settings:": "设置：",
        "Logs:": "日志：",
        "Built with:": "使用的组件：",
        "Accounts receivable and collections for a small finance team.":
            "面向小型财务团队的应收账款与催收管理工具。",
    },
    "Actions": {
        "&New database…": "新建数据库(&N)…",
        "Create an empty database for another company": "为另一家公司创建一个空数据库",
        "&Open database…": "打开数据库(&O)…",
        "Open another ARDesk database file": "打开另一个 ARDesk 数据库文件",
        "Import &customers…": "导入客户(&C)…",
        "Import customers from CSV or Excel": "从 CSV 或 Excel 文件导入客户",
        "Import &history…": "导入记录(&H)…",
        "See past imports and undo one": "查看以往的导入，并可撤销其中一次",
        "Import &invoices…": "导入发票(&I)…",
        "Import invoices from CSV or Excel": "从 CSV 或 Excel 文件导入发票",
        "&Backup…": "备份(&B)…",
        "Write a verified copy of the database": "写入一份经过校验的数据库副本",
        "&Restore from backup…": "从备份恢复(&R)…",
        "Replace the database by a verified backup": "用经过校验的备份替换当前数据库",
        "&Quit": "退出(&Q)",
        "&Find": "查找(&F)",
        "Search the current list": "在当前列表中搜索",
        "&Settings…": "设置(&S)…",
        "Language and company details": "语言和公司信息",
        "&Refresh": "刷新(&R)",
        "Load the lists again from the database": "从数据库重新加载列表",
        "Open &data folder": "打开数据文件夹(&D)",
        "Show the folder of the open database": "显示当前数据库所在的文件夹",
        "&Verify database": "校验数据库(&V)",
        "Run an integrity check on the open database": "对当前数据库进行完整性检查",
        "&About ARDesk": "关于 ARDesk(&A)",
        "Open &log folder": "打开日志文件夹(&L)",
        "Crash reports and logs are kept there": "崩溃报告和日志保存在此文件夹中",
    },
    "CancelDialog": {
        "{kind} <b>{number}</b> · {customer}<br>issued {issue}, due {due} · amount {amount} {cur} · "
        "open {open} {cur}":
            "{kind} <b>{number}</b> · {customer}<br>开票日期 {issue}，到期日 {due} · 金额 {amount} {cur} · "
            "未结 {open} {cur}",
        "Cancel {number}": "作废 {number}",
        "Cancel invoice": "作废发票",
        "Cancel credit note": "作废贷项通知单",
        "&Reason for the cancellation (required, kept in the history):":
            "作废原因（必填，将记入变更历史）(&R)：",
        "{number} cannot be cancelled: {count} payment(s) or credit note(s) are applied to it. Undo "
        "those allocations first, or issue a credit note for the amount that should no longer be owed.":
            "{number} 无法作废：已有 {count} 笔回款或贷项通知单核销到该发票。请先撤销这些核销，"
            "或针对不再应收的金额开具贷项通知单。",
        "{number} cannot be cancelled: it is applied to {count} invoice(s). Undo those allocations first.":
            "{number} 无法作废：它已核销到 {count} 张发票。请先撤销这些核销。",
        "The document stays in the list as cancelled, with nothing open; the customer no longer owes "
        "it. This cannot be undone — to bill again, issue a new invoice.":
            "该单据将以“已作废”状态保留在列表中，未结金额为零，客户不再欠付该款项。"
            "此操作无法撤销——如需重新开票，请开具新发票。",
    },
    "CompanyDialog": {
        "Your company": "本公司信息",
        "Welcome to ARDesk. Tell it about your own company: the name, address and bank accounts "
        "appear on statements and reminder letters. You can change them later in Settings.":
            "欢迎使用 ARDesk。请填写本公司的信息：公司名称、地址和银行账户将显示在对账单和催款函上。"
            "以后可以在“设置”中修改。",
        "Later": "稍后",
    },
    "CompanyForm": {
        "Company &name:": "公司名称(&N)：",
        "&Tax ID:": "税号(&T)：",
        "e.g. unified social credit code": "例如统一社会信用代码",
        "&Home currency:": "记账本位币(&H)：",
        "Letters signed &by:": "函件签署人(&B)：",
        "Signer's &title:": "签署人职务(&I)：",
        "Bank": "开户银行",
        "Account number": "账号",
        "Add account": "添加账户",
        "Remove": "删除",
        "Bank accounts:": "银行账户：",
    },
    "CreditNoteDialog": {
        "New credit note": "新建贷项通知单",
        "Credit note for {number}": "{number} 的贷项通知单",
        "Invoice <b>{number}</b> of {customer} · issued {issue} · amount {amount} {cur} · "
        "open <b>{open} {cur}</b>":
            "发票 <b>{number}</b> · {customer} · 开票日期 {issue} · 金额 {amount} {cur} · "
            "未结 <b>{open} {cur}</b>",
        "Credit note &date:": "贷项通知单日期(&D)：",
        "Create credit note": "创建贷项通知单",
        "Apply to the invoice (reduces what is open on it)": "核销到该发票（冲减其未结金额）",
        "&Reason:": "原因(&R)：",
        "e.g. goods returned, price correction": "例如退货、价格调整",
        "Give a reason for the credit note.": "请填写开具贷项通知单的原因。",
        "Only {open} {cur} is open on {number}; untick “Apply” for a larger credit.":
            "{number} 的未结金额只有 {open} {cur}；如需开具更大金额，请取消勾选“核销到该发票”。",
        "The credit note cannot be dated before the invoice ({date}).":
            "贷项通知单日期不能早于发票日期（{date}）。",
    },
    "CustomerDetail": {
        "Open": "未结金额",
        "Unallocated": "未核销",
        "Applied to": "核销至",
        "Reference": "参考号",
    },
    "CustomerDetailPane": {
        "Select a customer to see the details.": "选择一个客户以查看详细信息。",
        "Nothing open: every invoice is settled.": "没有未结项目：所有发票均已结清。",
        "No payments received yet.": "尚未收到回款。",
        "inactive": "已停用",
        "(oldest {days} days)": "（最长 {days} 天）",
        "{days} days": "{days} 天",
        "Other currencies": "其他币种",
        "Letters in": "函件语言",
        "Also pays as": "其他付款名称",
        "Open invoices and credit notes ({n})": "未结发票和贷项通知单（{n}）",
        "Recent payments ({n})": "最近回款（{n}）",
        "({pct}% used)": "（已用 {pct}%）",
    },
    "CustomerDialog": {
        "New customer": "新建客户",
        "Edit customer {code}": "编辑客户 {code}",
        "&Code:": "客户编号(&C)：",
        "e.g. C0001": "例如 C0001",
        "&Name:": "客户名称(&N)：",
        "Other &names:": "其他名称(&M)：",
        "Names it also pays under, one per line": "客户付款时使用的其他名称，每行一个",
        "Payment &terms:": "账期(&T)：",
        " days": " 天",
        "Credit &limit:": "信用额度(&L)：",
        "empty = no limit": "留空表示不限额",
        "Contact &person:": "联系人(&R)：",
        "Letter lan&guage:": "函件语言(&G)：",
        "N&otes:": "备注(&O)：",
        "Active (shown in lists and reminders)": "启用（显示在列表和催款中）",
        "&Reason for change:": "修改原因(&S)：",
        "optional; kept in the change history": "选填；将记入变更历史",
    },
    "CustomerPicker": {
        "Type a code or name…": "输入客户编号或名称…",
    },
    "CustomerTableModel": {
        "{currency} {open} open ({overdue} overdue)": "未结 {currency} {open}（逾期 {overdue}）",
        "{currency} {open} open": "未结 {currency} {open}",
        "Also open in other currencies: {list}": "其他币种的未结金额：{list}",
        "{name} (inactive)": "{name}（已停用）",
        "Also known as: {aliases}": "别名：{aliases}",
        "Open invoices minus unapplied credit notes, in the customer's currency":
            "未结发票减去未核销的贷项通知单，按客户币种计",
        "Overdue": "逾期金额",
        "Days since the oldest unpaid invoice fell due": "最早一张未结发票自到期日起已过的天数",
    },
    "CustomersTab": {
        "Search code, name, other names…  (Ctrl+F)": "搜索客户编号、名称、其他名称…  (Ctrl+F)",
        "Show inactive": "显示已停用",
        "Edit…": "编辑…",
        "Deactivate": "停用",
        "&New customer…": "新建客户(&N)…",
        "Deactivate customer": "停用客户",
        "Deactivate {name} ({code})? It stays in the database with its invoices, but is hidden from "
        "the list unless you tick “Show inactive”.":
            "停用 {name}（{code}）？该客户及其发票仍保留在数据库中，但除非勾选“显示已停用”，"
            "否则不会显示在列表中。",
        "Activate": "启用",
        "{n} customers": "{n} 个客户",
        "{shown} of {total} customers": "显示 {shown} 个，共 {total} 个客户",
        "No customers yet": "还没有客户",
        "Import your customer list from Excel or CSV, or add customers one by one.":
            "从 Excel 或 CSV 导入客户清单，或逐个添加客户。",
    },
    "DisputeDialog": {
        "Mark {number} disputed": "将 {number} 标记为有争议",
        "Mark disputed": "标记争议",
        "&What does the customer dispute? (required)": "客户对什么有异议？（必填）(&W)",
        "A disputed invoice stays open and is shown as disputed until the dispute is cleared.":
            "有争议的发票仍为未结，并显示为“有争议”，直到争议解除。",
        "Clear the dispute on {number}": "解除 {number} 的争议",
        "Clear dispute": "解除争议",
        "&Note (optional):": "备注（选填）(&N)：",
        "Disputed because: {reason}": "争议原因：{reason}",
        "{number} is a credit note; only invoices can be disputed.":
            "{number} 是贷项通知单；只有发票可以标记争议。",
    },
    "FileOps": {
        "ARDesk database (*.db *.sqlite);;All files (*)": "ARDesk 数据库 (*.db *.sqlite);;所有文件 (*)",
        "{n} MB": "{n} MB",
        "{n} KB": "{n} KB",
        "Database in use": "数据库正在使用中",
        "Database from a newer ARDesk": "数据库来自较新版本的 ARDesk",
        "Cannot open the database": "无法打开数据库",
        "Create it": "创建",
        "Open another…": "打开其他…",
        "New database…": "新建数据库…",
        "Quit": "退出",
        "Open database": "打开数据库",
        "New database": "新建数据库",
        "Back up the database": "备份数据库",
        "Backup written": "备份完成",
        "The backup was written and verified:\n{path}\n\n{customers} customers, {invoices} invoices, {size}.":
            "备份已写入并通过校验：\n{path}\n\n{customers} 个客户，{invoices} 张发票，{size}。",
        "Writing the backup…": "正在写入备份…",
        "Restore from backup": "从备份恢复",
        "Checking the backup…": "正在检查备份…",
        "The backup {backup} is sound and contains {customers} customers and {invoices} invoices "
        "({size}).\n\nReplace the open database {db} with it? The current database is saved first, "
        "so this can be undone.":
            "备份 {backup} 完好，包含 {customers} 个客户和 {invoices} 张发票（{size}）。\n\n"
            "是否用它替换当前打开的数据库 {db}？当前数据库会先另存一份，因此此操作可以撤销。",
        "{db} was restored from {backup}: {customers} customers, {invoices} invoices.":
            "已从 {backup} 恢复 {db}：{customers} 个客户，{invoices} 张发票。",
        "The database it replaced was saved as:\n{saved}": "被替换的数据库已另存为：\n{saved}",
        "Restore finished": "恢复完成",
        "Restoring…": "正在恢复…",
        "Verify database": "校验数据库",
        "{path} passed the integrity check: {customers} customers, {invoices} invoices, {size}.":
            "{path} 已通过完整性检查：{customers} 个客户，{invoices} 张发票，{size}。",
        "Checking the database…": "正在检查数据库…",
    },
    "ImportDialog": {
        "Choose a CSV or Excel file…": "选择 CSV 或 Excel 文件…",
        "Choose &file…": "选择文件(&F)…",
        "File:": "文件：",
        "Save mapping as…": "将列映射另存为…",
        "as detected": "自动识别",
        "day/month/year": "日/月/年",
        "month/day/year": "月/日/年",
        "point: 1,234.56": "小数点：1,234.56",
        "comma: 1.234,56": "逗号：1.234,56",
        "Mapping:": "列映射：",
        "Dates:": "日期顺序：",
        "Decimal mark:": "小数分隔符：",
        "Preview — choose above each column what it holds": "预览——请在每列上方选择该列的内容",
        "&Check": "检查(&C)",
        "&Import": "导入(&I)",
        "Import &valid rows only": "仅导入有效行(&V)",
        "Save &rejected rows…": "保存被拒绝的行(&R)…",
        "Choose the file to import": "选择要导入的文件",
        "Spreadsheets (*.csv *.txt *.xlsx *.xlsm *.xls);;All files (*)":
            "电子表格 (*.csv *.txt *.xlsx *.xlsm *.xls);;所有文件 (*)",
        "The file has a header row but no data rows.": "该文件只有标题行，没有数据行。",
        "encoding {enc}": "编码 {enc}",
        "comma": "逗号",
        "semicolon": "分号",
        "tab": "制表符",
        "vertical bar": "竖线",
        "delimiter: {d}": "分隔符：{d}",
        "sheet {name}": "工作表 {name}",
        "header in row {row}": "标题行在第 {row} 行",
        "{n} data rows": "{n} 行数据",
        "— not imported —": "— 不导入 —",
        "Choose a column for: {fields}": "请为以下字段选择列：{fields}",
        "The mapping or options changed: press <b>Check</b> again.":
            "列映射或选项已更改：请再次点击<b>检查</b>。",
        "as detected from the headers": "按标题行自动识别",
        "Save mapping": "保存列映射",
        "Name for this mapping (e.g. the program the file comes from):":
            "列映射名称（例如导出该文件的软件）：",
        "{message}  ({file}, row {row})": "{message}  （{file}，第 {row} 行）",
        "<b>{new}</b> new · {unchanged} already imported, unchanged · <b>{conflicts}</b> conflict(s) · "
        "<b>{invalid}</b> row(s) with errors":
            "新增 <b>{new}</b> 条 · {unchanged} 条已导入且未变化 · 冲突 <b>{conflicts}</b> 条 · "
            "<b>{invalid}</b> 行有错误",
        "Required columns are not mapped; nothing can be imported yet.": "必填列尚未对应；暂时无法导入。",
        "Nothing is imported while there are errors. Fix the file and check again, or import the valid "
        "rows only and save the rejected rows to fix them.":
            "存在错误时不会导入任何数据。请修正文件后重新检查，或仅导入有效行，并保存被拒绝的行以便修正。",
        "Nothing new to import: every row is already in the database.":
            "没有需要导入的新数据：所有行均已在数据库中。",
        "All rows are valid.": "所有行均有效。",
        "Dates read as {order}: “{ex}” (row {row}) can only be read that way.":
            "日期按 {order} 读取：“{ex}”（第 {row} 行）只能这样解读。",
        "The file mixes date orders; most read as {order} (e.g. “{ex}”, row {row}). Check the errors.":
            "文件中混用了不同的日期顺序；大多数按 {order} 读取（例如“{ex}”，第 {row} 行）。请查看错误。",
        "No date in the file shows whether day or month comes first (e.g. “{ex}”, row {row}); read as "
        "{order}. Choose another order if that is wrong.":
            "文件中没有日期能表明日和月孰先孰后（例如“{ex}”，第 {row} 行）；已按 {order} 读取。"
            "如有误，请选择其他顺序。",
        "Dates read as {order}, as chosen.": "日期按所选的 {order} 读取。",
        "Dates are unambiguous.": "日期没有歧义。",
        "point": "小数点",
        "Decimal mark: {mark} (e.g. “{ex}”, row {row}).": "小数分隔符：{mark}（例如“{ex}”，第 {row} 行）。",
        "Importing {file}…": "正在导入 {file}…",
        "Imported.": "导入完成。",
        "Save the rejected rows": "保存被拒绝的行",
        "CSV files (*.csv)": "CSV 文件 (*.csv)",
        "{n} rejected row(s) saved to {path}, each with an “error” column saying what to fix.":
            "已将 {n} 行被拒绝的数据保存到 {path}，每行都附有 “error” 列，说明需要修正的内容。",
        "Reading the file…": "正在读取文件…",
        "Checking every row…": "正在逐行检查…",
        "Importing…": "正在导入…",
        "Saving…": "正在保存…",
        "Import cancelled. Nothing was changed in the database.": "导入已取消。数据库未做任何更改。",
    },
    "InvoiceDialog": {
        "New invoice": "新建发票",
        "Invoice &date:": "开票日期(&D)：",
        "Create invoice": "创建发票",
        "D&ue date:": "到期日(&E)：",
        "{days} days after the invoice date": "开票日期后 {days} 天",
        "{days} days: the customer's terms": "{days} 天：客户的账期",
        "The due date is before the invoice date.": "到期日早于开票日期。",
    },
    "InvoiceFilterBar": {
        "Search number, customer or PO…  (Ctrl+F)": "搜索单据号、客户或采购单号…  (Ctrl+F)",
        "All customers": "全部客户",
        "Clear filters": "清除筛选",
    },
    "InvoiceTableModel": {
        "Credit note: reduces what the customer owes": "贷项通知单：冲减客户欠款",
    },
    "InvoicesTab": {
        "Loading invoices…": "正在加载发票…",
        "&New invoice…": "新建发票(&N)…",
        "No invoices match these filters (of {total}).": "没有符合筛选条件的发票（共 {total} 张）。",
        "{shown} of {total} shown": "显示 {shown} 张，共 {total} 张",
        "Open: {amounts}": "未结：{amounts}",
        "New invoice (Ctrl+N)": "新建发票 (Ctrl+N)",
        "Credit note…": "贷项通知单…",
        "Credit note for the selected invoice or a customer": "为所选发票或某个客户开具贷项通知单",
        "Cancel invoice…": "作废发票…",
        "Mark disputed…": "标记争议…",
        "Clear dispute…": "解除争议…",
        "Copy": "复制",
        "Copy the selected rows (Ctrl+C)": "复制所选行 (Ctrl+C)",
        "Refresh": "刷新",
        "No invoices yet": "还没有发票",
        "Import your open invoices from Excel or CSV, or enter them one by one.":
            "从 Excel 或 CSV 导入未结发票，或逐张录入。",
    },
    "MainWindow": {
        "&File": "文件(&F)",
        "Open &recent": "最近打开(&R)",
        "&Edit": "编辑(&E)",
        "&View": "视图(&V)",
        "&Tools": "工具(&T)",
        "&Help": "帮助(&H)",
        "Main toolbar": "主工具栏",
        "Import": "导入",
        "No database open": "未打开数据库",
        "{customers} customers · {invoices} invoices · {open} open · {overdue} overdue":
            "{customers} 个客户 · {invoices} 张发票 · {open} 张未结 · {overdue} 张逾期",
        "As of {date} (fixed)": "截至 {date}（固定）",
        "As of {date}": "截至 {date}",
        "Demo company": "演示公司",
        "(none)": "（无）",
        "Clear list": "清除列表",
    },
    "RowErrorModel": {
        "File": "文件",
        "Row": "行号",
        "Column": "列",
        "Problem": "问题",
    },
    "ImportHistoryDialog": {
        "Import history": "导入记录",
        "Customers": "客户",
        "Invoices": "发票",
        "Payments": "回款",
        "Undone {date}": "已于 {date} 撤销",
        "Can be undone": "可撤销",
        "Nothing left": "已无数据",
        "Cannot be undone": "不可撤销",
        "{n} invoice(s) ({totals})": "{n} 张发票（{totals}）",
        "{n} credit note(s)": "{n} 张贷项通知单",
        "{n} customer(s)": "{n} 个客户",
        "{n} payment(s) with their allocations": "{n} 笔回款及其核销记录",
        "Imported": "导入时间",
        "File": "文件",
        "User": "用户",
        "Added": "新增",
        "Unchanged": "未变化",
        "Rejected": "被拒绝",
        "Undo": "撤销",
        "Whether the import can still be undone; point at a row to see why not":
            "该次导入是否仍可撤销；将鼠标指向某行可查看不能撤销的原因",
        "Every import, newest first. Undoing an import removes the invoices, credit notes, customers "
        "and payments it created, as long as nothing was built on them since (payments applied, "
        "write-offs, cancellations, disputes, other invoices of its customers).":
            "所有导入，最新的在前。撤销一次导入会删除该次导入创建的发票、贷项通知单、客户和回款，"
            "前提是此后没有在其上进行其他操作（核销回款、坏账核销、作废、争议、其客户的其他发票）。",
        "&Undo import…": "撤销导入(&U)…",
        "No imports yet.": "尚无导入记录。",
        "Import #{id}: {file}, {date}, by {user}.": "第 {id} 次导入：{file}，{date}，操作人 {user}。",
        "In the database: {what}.": "数据库中现有：{what}。",
        "Undone on {date}: {reason}": "已于 {date} 撤销：{reason}",
        "Undoing import #{id}…": "正在撤销第 {id} 次导入…",
    },
    "UndoImportDialog": {
        "Undo import #{id}": "撤销第 {id} 次导入",
        "This removes from the database what {file} brought in on {date}:":
            "此操作将从数据库中删除 {file} 于 {date} 导入的以下内容：",
        "The import stays in the history, marked as undone, and the file can be imported again "
        "afterwards. This cannot be reversed.":
            "该次导入仍保留在导入记录中并标记为已撤销，之后可以重新导入该文件。此操作无法恢复。",
        "&Reason (required, kept in the history):": "原因(&R)（必填，将保留在历史记录中）：",
        "Undo import": "撤销导入",
    },
    "SettingsDialog": {
        "Settings": "设置",
        "System language": "跟随系统",
        "&Language:": "语言(&L)：",
        "Menus and tabs switch language when you press OK; letters use each customer's own language.":
            "按“确定”后菜单和标签页即切换语言；函件使用各客户自己的语言。",
        "General": "常规",
        "Company": "公司",
    },
    "Tabs": {
        "Customers": "客户",
        "Invoices": "发票",
    },
    "_DocumentDialog": {
        "C&ustomer:": "客户(&C)：",
        "&Number:": "单据号(&N)：",
        "&Amount:": "金额(&A)：",
        "&PO / reference:": "采购单号/参考号(&P)：",
        "&Date:": "日期(&D)：",
        "OK": "确定",
        "Choose a customer from the list.": "请从列表中选择客户。",
        "A number is required.": "请填写单据号。",
        "Unknown currency {code}.": "未知币种 {code}。",
        "Enter the amount.": "请输入金额。",
    },
    "errors": {
        "ARDesk": "ARDesk",
        "Something went wrong inside ARDesk. Your data was not changed by the failed step. The "
        "details were saved to:\n{path}\nPlease send this file to support.":
            "ARDesk 内部出现错误。失败的步骤没有更改您的数据。详细信息已保存到：\n{path}\n"
            "请将此文件发送给技术支持。",
    },
    "forms": {
        "{text} is not an amount.": "“{text}”不是有效金额。",
        "Choose a currency first.": "请先选择币种。",
        "Too many decimals for {currency}.": "{currency} 的小数位数过多。",
    },
    # service messages (T("…") templates): errors the user can fix, CLI output, import field names
    "messages": {
        "Code": "编号",
        "Name": "名称",
        "Oldest": "最长逾期",
        "Unknown customer code {code}.": "未知客户编号 {code}。",
        "{path} already exists; use --force to replace it.": "{path} 已存在；如需替换，请使用 --force。",
        "Backup written and verified: {path} ({customers} customers, {invoices} invoices)":
            "备份已写入并通过校验：{path}（{customers} 个客户，{invoices} 张发票）",
        "Restored {path} from {backup} ({customers} customers, {invoices} invoices).":
            "已从 {backup} 恢复 {path}（{customers} 个客户，{invoices} 张发票）。",
        "{path}: integrity ok ({customers} customers, {invoices} invoices).":
            "{path}：完整性检查通过（{customers} 个客户，{invoices} 张发票）。",
        "Demo company written to {path}: {customers} customers, {invoices} invoices.":
            "演示公司已写入 {path}：{customers} 个客户，{invoices} 张发票。",
        "Interrupted; nothing was changed.": "已中断；未做任何更改。",
        "The replaced database was saved as {path}": "被替换的数据库已另存为 {path}",
        "Creating the demo company in {path} …": "正在 {path} 中创建演示公司…",
        "This is a bug in ARDesk; the details were saved to {path}":
            "这是 ARDesk 的程序错误；详细信息已保存到 {path}",
        "Rejected rows written to {path}": "被拒绝的行已写入 {path}",
        # company and customers
        "The company name is required.": "请填写公司名称。",
        "Unknown currency {value}.": "未知币种 {value}。",
        "Bank account {n} has no account number.": "第 {n} 个银行账户没有填写账号。",
        "Bank account {n}: unknown currency {value}.": "第 {n} 个银行账户：未知币种 {value}。",
        "Customer code {code} already exists.": "客户编号 {code} 已存在。",
        "Customer {id} does not exist.": "客户 {id} 不存在。",
        "A customer code is required.": "请填写客户编号。",
        "A customer name is required.": "请填写客户名称。",
        "Payment terms must be between 0 and {max} days.": "账期必须在 0 到 {max} 天之间。",
        "The credit limit cannot be negative.": "信用额度不能为负数。",
        "{value} is not an e-mail address.": "“{value}”不是有效的电子邮箱地址。",
        "Letter language must be zh or en.": "函件语言必须是 zh 或 en。",
        "The currency of {code} cannot change: it already has invoices in {currency}.":
            "{code} 的币种不能更改：该客户已有 {currency} 币种的发票。",
        "The customer code is longer than 64 characters.": "客户编号超过 64 个字符。",
        # demo
        "The demo needs at least one customer.": "演示数据至少需要一个客户。",
        "The number of invoices cannot be negative.": "发票数量不能为负数。",
        "The demo covers 1 to 120 months.": "演示数据的时间跨度须为 1 到 120 个月。",
        "{path} already has customers, invoices or payments; the demo company is only written into an "
        "empty database.":
            "{path} 中已有客户、发票或回款；演示公司只能写入空数据库。",
        "Creating the demo company": "正在创建演示公司",
        # importer field names
        "{file} has a header row but no data rows.": "{file} 只有标题行，没有数据行。",
        "Customer code": "客户编号",
        "Other names (separated by |)": "其他名称（以 | 分隔）",
        "Payment terms (days)": "账期（天）",
        "Contact person": "联系人",
        "Letter language": "函件语言",
        "Invoice number": "发票号码",
        "Customer (code or name)": "客户（编号或名称）",
        "Issue date": "开票日期",
        "Due date": "到期日",
        "PO / reference": "采购单号/参考号",
        "Paid on": "收款日期",
        # importer row checks
        "Checking rows": "正在检查数据行",
        "{value} has more decimals than {currency} allows ({decimals}).":
            "{value} 的小数位数超过了 {currency} 允许的位数（{decimals} 位）。",
        "{value} is not an amount.": "“{value}”不是有效金额。",
        "A value is required.": "此项必填。",
        "Customer code {code} appears more than once in the file (rows {rows}).":
            "客户编号 {code} 在文件中出现了多次（第 {rows} 行）。",
        "Customer {code} already exists with different data ({details}); nothing is overwritten.":
            "客户 {code} 已存在，但数据不同（{details}）；不会覆盖任何数据。",
        "{value} is not a number of days (0 to {max}).": "“{value}”不是有效天数（0 到 {max}）。",
        "{value} is not a letter language (zh or en).": "“{value}”不是有效的函件语言（zh 或 en）。",
        "{count} paid invoice(s) without a paid date are recorded as paid on {date}.":
            "{count} 张已结清但没有收款日期的发票，按 {date} 收款记录。",
        "Invoice number {number} appears more than once in the file (rows {rows}).":
            "发票号码 {number} 在文件中出现了多次（第 {rows} 行）。",
        "Invoice {number} already exists with different data ({details}); nothing is overwritten.":
            "发票 {number} 已存在，但数据不同（{details}）；不会覆盖任何数据。",
        "The number is longer than {max} characters.": "号码超过 {max} 个字符。",
        "Unknown status {value}; use open, paid, cancelled or disputed.":
            "未知状态 {value}；请使用 open（未结）、paid（已结清）、cancelled（已作废）或 disputed（有争议）。",
        "A credit note (negative amount) can only be imported as open or cancelled.":
            "贷项通知单（负金额）只能以未结或已作废状态导入。",
        "{value} matches several customers ({codes}); use the customer code.":
            "“{value}”匹配到多个客户（{codes}）；请使用客户编号。",
        "Unknown customer {value}: add or import the customer first, or check the code.":
            "未知客户 {value}：请先添加或导入该客户，或检查客户编号。",
        "Partly paid invoices cannot be imported: import the invoice as open, then record the payment "
        "received.":
            "不能导入部分回款的发票：请以未结状态导入该发票，然后登记收到的回款。",
        "The due date {due} is before the issue date {issue}.": "到期日 {due} 早于开票日期 {issue}。",
        "The paid date {paid} is before the issue date {issue}.": "收款日期 {paid} 早于开票日期 {issue}。",
        "The amount is zero.": "金额为零。",
        "Written-off invoices cannot be imported: import the invoice as open, then write it off in "
        "ARDesk.":
            "不能导入已核销坏账的发票：请以未结状态导入该发票，然后在 ARDesk 中进行坏账核销。",
        "{value} is not a valid date (dates in this file are read as day/month/year).":
            "“{value}”不是有效日期（此文件中的日期按 日/月/年 读取）。",
        "{value} is not a valid date (dates in this file are read as month/day/year).":
            "“{value}”不是有效日期（此文件中的日期按 月/日/年 读取）。",
        "No column is mapped to {field}; choose the column that holds it.":
            "没有列对应到“{field}”；请选择包含该数据的列。",
        # mappings (import profiles)
        "Give the mapping a name.": "请为列映射命名。",
        "The mapping name is longer than 100 characters.": "列映射名称超过 100 个字符。",
        "There is no saved {kind} mapping named {name} (saved: {names}).":
            "没有名为 {name} 的已保存列映射（类型 {kind}；已保存：{names}）。",
        "{file} does not match the mapping {name}: no column named {columns}.":
            "{file} 与列映射 {name} 不符：没有名为 {columns} 的列。",
        "The saved mapping {name} is damaged; save it again.": "已保存的列映射 {name} 已损坏；请重新保存。",
        # reading files
        "{file}{where}: no header row found in the first {n} rows. The header row needs column names "
        "such as 发票号码 / Invoice number, 客户编号 / Customer code, 金额 / Amount.":
            "{file}{where}：前 {n} 行中未找到标题行。标题行需要包含列名，例如 发票号码 / Invoice number、"
            "客户编号 / Customer code、金额 / Amount。",
        "{file} is not a CSV or Excel file (it looks like binary data).":
            "{file} 不是 CSV 或 Excel 文件（看起来是二进制数据）。",
        "{file} has no sheet {sheet}; its sheets are: {sheets}.": "{file} 中没有工作表 {sheet}；现有工作表：{sheets}。",
        "The file {file} is empty.": "文件 {file} 为空。",
        "{file}{where} contains no data.": "{file}{where} 中没有数据。",
        "{file}: no sheet has a header row in its first {n} rows ({sheets}).":
            "{file}：所有工作表的前 {n} 行中都没有标题行（{sheets}）。",
        "{file} is a folder, not a file.": "{file} 是文件夹，不是文件。",
        "The file {file} does not exist.": "文件 {file} 不存在。",
        "The file {file} cannot be read (permission denied).": "无法读取文件 {file}（权限不足）。",
        "The file {file} cannot be read: {reason}": "无法读取文件 {file}：{reason}",
        "{file}: row {row} is empty or missing; it cannot be the header row.":
            "{file}：第 {row} 行为空或不存在，不能作为标题行。",
        "{file} cannot be read as CSV: {reason}": "无法将 {file} 作为 CSV 文件读取：{reason}",
        "{file} is not a readable Excel workbook ({reason}).": "{file} 不是可读取的 Excel 工作簿（{reason}）。",
        "{file} has no worksheets.": "{file} 中没有工作表。",
        "{file} is not a readable Excel 97-2003 workbook (it may be damaged or password-protected): "
        "{reason}":
            "{file} 不是可读取的 Excel 97-2003 工作簿（可能已损坏或设有密码保护）：{reason}",
        "{file} is damaged and cannot be read ({reason}).": "{file} 已损坏，无法读取（{reason}）。",
        # writing an import
        "{file}: {new} new, {unchanged} unchanged, {conflicts} conflict(s), {invalid} row(s) with errors "
        "not imported.":
            "{file}：新增 {new} 条，未变化 {unchanged} 条，冲突 {conflicts} 条，{invalid} 行有错误未导入。",
        "{file}: {new} new (not written), {unchanged} unchanged, {conflicts} conflict(s), {invalid} "
        "row(s) with errors.":
            "{file}：新增 {new} 条（未写入），未变化 {unchanged} 条，冲突 {conflicts} 条，{invalid} 行有错误。",
        "Writing": "正在写入",
        "{file}: the database changed while the file was being checked ({reason}); nothing was "
        "imported. Check the file again.":
            "{file}：检查文件期间数据库发生了变化（{reason}）；未导入任何数据。请重新检查该文件。",
        "Cannot write {path}: {reason}": "无法写入 {path}：{reason}",
        # import history and undo
        "{number} has a payment or credit note applied since the import; undo that allocation first.":
            "{number} 在导入后已有回款或贷项通知单核销；请先撤销该核销。",
        "Credit note {number} from this import was applied to {target} since the import; undo that "
        "allocation first.":
            "本次导入的贷项通知单 {number} 在导入后已核销到 {target}；请先撤销该核销。",
        "{number} has a write-off recorded against it.": "{number} 已有坏账核销记录。",
        "{number} was cancelled after the import.": "{number} 在导入后已被作废。",
        "{number} was marked disputed after the import; clear the dispute first.":
            "{number} 在导入后被标记为有争议；请先解除争议。",
        "{number} is corrected by credit note {credit_note}, which is not from this import.":
            "{number} 已由贷项通知单 {credit_note} 冲减，而该贷项通知单并非来自本次导入。",
        "Payment {payment} from this import was applied to {number} after the import; undo that "
        "allocation first.":
            "本次导入的回款 {payment} 在导入后已核销到 {number}；请先撤销该核销。",
        "{number} (not from this import) was written off or cancelled after a payment from this import "
        "was applied to it.":
            "{number}（并非来自本次导入）在核销本次导入的回款之后已被核销坏账或作废。",
        "Customer {code} from this import has invoice {number}, which is not from this import.":
            "本次导入的客户 {code} 有发票 {number}，而该发票并非来自本次导入。",
        "Customer {code} from this import has payments that are not from this import.":
            "本次导入的客户 {code} 有并非来自本次导入的回款。",
        "Import #{batch} was already undone on {date}.": "第 {batch} 次导入已于 {date} 撤销。",
        "Nothing from import #{batch} is left in the database.": "数据库中已没有第 {batch} 次导入的数据。",
        "Import #{batch} does not exist.": "第 {batch} 次导入不存在。",
        "Give a reason for undoing the import.": "请填写撤销导入的原因。",
        "Import #{batch} cannot be undone: other records refer to what it created ({reason}). Nothing "
        "was changed.":
            "第 {batch} 次导入无法撤销：其他记录引用了该次导入创建的数据（{reason}）。未做任何更改。",
        "Import #{batch} undone: {invoices} invoice(s), {credit_notes} credit note(s), {customers} "
        "customer(s) and {payments} payment(s) removed.":
            "第 {batch} 次导入已撤销：删除了 {invoices} 张发票、{credit_notes} 张贷项通知单、"
            "{customers} 个客户和 {payments} 笔回款。",
        "can be undone": "可撤销",
        "undone {date}: {reason}": "已于 {date} 撤销：{reason}",
        "Imported": "导入时间",
        "File": "文件",
        "User": "用户",
        "Added": "新增",
        "Unchanged": "未变化",
        "Rejected": "被拒绝",
        "Undo": "撤销",
        # ledger
        "Invoice {id} does not exist.": "发票 {id} 不存在。",
        "A document number is required.": "请填写单据号。",
        "Give a reason for the cancellation.": "请填写作废原因。",
        "{number} has payments or credit notes applied; undo them first, or issue a credit note for "
        "the difference.":
            "{number} 已有回款或贷项通知单核销；请先撤销这些核销，或就差额开具贷项通知单。",
        "{number} is a credit note, not an invoice.": "{number} 是贷项通知单，不是发票。",
        "{number} is cancelled; nothing can be applied to it.": "{number} 已作废，不能再核销。",
        "{number} is written off; nothing can be applied to it.": "{number} 已核销坏账，不能再核销。",
        "{amount} is more than the {open} still open on {number}.":
            "{amount} 超过了 {number} 的未结金额 {open}。",
        "{date} is before {number} was issued.": "{date} 早于 {number} 的开票日期。",
        "Payment {id} does not exist.": "回款 {id} 不存在。",
        "Invoice {number} is in {currency}.": "发票 {number} 的币种为 {currency}。",
        "Invoice {number} belongs to another customer.": "发票 {number} 属于另一个客户。",
        "Only {left} of this payment is left to allocate.": "这笔回款只剩 {left} 可供核销。",
        "{number} is not a credit note.": "{number} 不是贷项通知单。",
        "{number} is cancelled.": "{number} 已作废。",
        "Only {left} of this credit note is left to allocate.": "该贷项通知单只剩 {left} 可供核销。",
        "Allocation {id} does not exist.": "核销记录 {id} 不存在。",
        "This allocation was already undone.": "该核销已被撤销。",
        "Cancelled; nothing was changed.": "已取消；未做任何更改。",
        # backup and restore
        "The database {path} does not exist.": "数据库 {path} 不存在。",
        "A backup cannot overwrite the database itself ({path}).": "备份不能覆盖数据库本身（{path}）。",
        "The file {path} does not exist.": "文件 {path} 不存在。",
        "{path} is not an ARDesk database or backup.": "{path} 不是 ARDesk 数据库或备份。",
        "Cannot write the backup to {path}: {reason}": "无法将备份写入 {path}：{reason}",
        "The backup {path} failed its integrity check: {detail}": "备份 {path} 未通过完整性检查：{detail}",
        "Cannot read {path}: {reason}": "无法读取 {path}：{reason}",
        "{path} is damaged (integrity check: {detail}).": "{path} 已损坏（完整性检查：{detail}）。",
        "{path} was made by a newer ARDesk; update ARDesk to open it.":
            "{path} 由较新版本的 ARDesk 创建；请升级 ARDesk 后再打开。",
        "Cannot restore {path}: {reason}": "无法恢复 {path}：{reason}",
        # database
        "Database error in {path}: {reason}; nothing was changed.": "数据库 {path} 出错：{reason}；未做任何更改。",
        "{path} is read-only; nothing was changed. Check the file's permissions or copy it to a "
        "writable folder.":
            "{path} 为只读；未做任何更改。请检查文件权限，或将其复制到可写的文件夹。",
        "{path} is busy (locked by another program); nothing was changed. Try again in a moment.":
            "{path} 正忙（被其他程序锁定）；未做任何更改。请稍后重试。",
        "Cannot write to {path} ({reason}); nothing was changed.": "无法写入 {path}（{reason}）；未做任何更改。",
        "Cannot create {path}: the folder is read-only.": "无法创建 {path}：文件夹为只读。",
        "{path} already exists; choose another name or open it.": "{path} 已存在；请换一个名称，或直接打开它。",
        "{path} is a folder, not a database file.": "{path} 是文件夹，不是数据库文件。",
        "{path} cannot be read (permission denied).": "无法读取 {path}（权限不足）。",
        "{path} is not an ARDesk database.": "{path} 不是 ARDesk 数据库。",
        "{path} is read-only. ARDesk needs to write to its database: change the file's permissions or "
        "copy it to a writable folder.":
            "{path} 为只读。ARDesk 需要写入其数据库：请更改文件权限，或将其复制到可写的文件夹。",
        "The folder of {path} is read-only. ARDesk needs to write beside its database (journal and "
        "lock files).":
            "{path} 所在的文件夹为只读。ARDesk 需要在数据库旁写入文件（事务日志和锁文件）。",
        "Cannot create {path}: {reason}": "无法创建 {path}：{reason}",
        "{path} cannot be opened as a database: {reason}": "无法将 {path} 作为数据库打开：{reason}",
        "{path} was saved by a newer version of ARDesk (schema {found}). Update ARDesk to open it; the "
        "file was left as it is.":
            "{path} 由较新版本的 ARDesk 保存（数据库结构版本 {found}）。请升级 ARDesk 后再打开；文件未做任何改动。",
        "{path} is damaged (integrity check: {detail}). Restore it from a backup.":
            "{path} 已损坏（完整性检查：{detail}）。请从备份恢复。",
        "Updating {path} failed ({reason}); it was left as it was. A backup is in {backup}.":
            "更新 {path} 失败（{reason}）；文件保持原样。备份位于 {backup}。",
        "{db} is already open in another ARDesk window ({holder}). Close it there first, or open a "
        "different file.":
            "{db} 已在另一个 ARDesk 窗口中打开（{holder}）。请先在该窗口中关闭，或打开其他文件。",
        "Cannot create the lock file {path}: {reason}": "无法创建锁文件 {path}：{reason}",
        "Could not save the settings: {reason}": "无法保存设置：{reason}",
    },
}


# ------------------------------------------ payments import, write-offs, exchange rates, allocation
_LEDGER: dict[str, dict[str, str]] = {
    "Actions": {
        "Import &payments…": "导入回款(&P)…",
        "Import payments received from CSV or Excel": "从 CSV 或 Excel 文件导入已收回款",
        "E&xchange rates…": "汇率(&X)…",
        "Dated exchange rates for home-currency totals": "按日期设置的汇率，用于折算本位币合计",
    },
    "ImportDialog": {
        "Import payments": "导入回款",
    },
    "InvoicesTab": {
        "Write off…": "核销坏账…",
        "Write off the open balance as bad debt": "将未结余额作为坏账核销",
        "Reverse write-off…": "冲回坏账核销…",
        "Open the written-off balance again": "冲回坏账核销，使余额重新未结",
        "Allocate payments oldest first…": "按最早到期核销回款…",
        "Apply this customer's unallocated payments and credit notes to its oldest invoices":
            "将该客户未核销的回款和贷项通知单核销到其最早到期的发票",
    },
    "WriteOffDialog": {
        "Write off {number}": "核销坏账 {number}",
        "Write off": "核销坏账",
        "&Reason for the write-off (required, kept in the history):": "核销原因（必填，记入历史）(&R)：",
        "Write-off &date:": "核销日期(&D)：",
        "{number} is a credit note; only invoices can be written off.": "{number} 是贷项通知单；只有发票可以核销坏账。",
        "{number} is cancelled; there is nothing to write off.": "{number} 已作废，没有可核销的余额。",
        "{number} is already written off.": "{number} 已核销坏账。",
        "Nothing is open on {number}; there is nothing to write off.": "{number} 没有未结金额，无需核销坏账。",
        "The open balance of {amount} {cur} is written off as bad debt on the date below. The invoice then "
        "shows as written off with nothing open, and reports count the write-off from that date. It can be "
        "reversed later.":
            "未结余额 {amount} {cur} 将于下列日期作为坏账核销。之后该发票显示为已核销坏账、没有未结金额，"
            "报表自该日期起计入此笔核销。以后可以冲回。",
    },
    "ReverseWriteOffDialog": {
        "Reverse the write-off of {number}": "冲回 {number} 的坏账核销",
        "Reverse write-off": "冲回坏账核销",
        "&Reason for the reversal (required, kept in the history):": "冲回原因（必填，记入历史）(&R)：",
        "{number} is not written off.": "{number} 未核销坏账。",
        "Written off on {date}: {amount} {cur} ({reason}). Reversing opens the balance again; the "
        "write-off stays in the history, marked reversed.":
            "于 {date} 核销坏账：{amount} {cur}（{reason}）。冲回后余额重新未结；该核销记录保留在历史中，标记为已冲回。",
    },
    "ExchangeRatesDialog": {
        "Exchange rates": "汇率",
        "Rates in {home} per one unit of each currency. Reports use the latest rate on or before each "
        "date; an amount without a rate is left out of converted totals, with a warning.":
            "汇率为每一单位外币折合的 {home} 金额。报表使用每个日期当天或之前最近的汇率；没有汇率的金额"
            "不计入折算合计，并给出提示。",
        "Rate": "汇率",
        "Source": "来源",
        "&Set rate": "设置汇率(&S)",
        "&Date:": "日期(&D)：",
        "&Rate:": "汇率(&R)：",
        "&Remove selected": "删除所选(&R)",
        "&Import CSV…": "导入 CSV(&I)…",
        "{text} is not a rate; write it like 7.1234.": "{text} 不是汇率；请按 7.1234 的格式填写。",
        "{currency} on {date}: {rate}": "{currency} 于 {date}：{rate}",
        "{currency} on {date} already has this rate.": "{currency} 于 {date} 已是此汇率。",
        "{n} rate(s) removed.": "已删除 {n} 条汇率。",
        "Import exchange rates": "导入汇率",
        "CSV or Excel files (*.csv *.txt *.xlsx *.xls)": "CSV 或 Excel 文件 (*.csv *.txt *.xlsx *.xls)",
        "Importing {file}…": "正在导入 {file}…",
        "entered": "手工录入",
        "imported": "导入",
    },
    "AllocateDialog": {
        "Allocate oldest first — {code} {name}": "按最早到期核销 — {code} {name}",
        "Unallocated payments and credit notes go to the open invoices with the oldest due date first, in "
        "the same currency. Nothing is written until you press Allocate.":
            "未核销的回款和贷项通知单按到期日从早到晚核销到同一币种的未结发票。按“核销”之前不会写入任何内容。",
        "dated when the money came in": "按回款日期记账",
        "dated {date}": "按 {date} 记账",
        "Include &disputed invoices": "包括有争议的发票(&D)",
        "Allocations:": "核销日期：",
        "From": "来源",
        "Dated": "核销日期",
        "&Allocate": "核销(&A)",
        "Credit note {label}": "贷项通知单 {label}",
        "Payment {label}": "回款 {label}",
        "Nothing to allocate: no unallocated money meets an open invoice in its currency.":
            "没有可核销的内容：没有未核销的款项与同币种的未结发票相对应。",
        "{n} allocation(s), {total} in all.": "共 {n} 笔核销，合计 {total}。",
        "Left unallocated: {amounts}.": "仍未核销：{amounts}。",
        "Still open afterwards: {amounts}.": "核销后仍未结：{amounts}。",
        "{n} disputed invoice(s) left alone.": "{n} 张有争议的发票未核销。",
    },
    "messages": {
        # fields of the payments import
        "Payment date": "回款日期",
        "Amount received": "收款金额",
        "Invoice number (optional)": "发票号码（可选）",
        "Reference": "参考号",
        "Exchange rate": "汇率",
        # payment rows
        "The reference is longer than {max} characters.": "参考号超过 {max} 个字符。",
        "Rows {rows} are identical; each is imported as a separate payment.":
            "第 {rows} 行完全相同；每一行都作为一笔单独的回款导入。",
        "Invoice {number} belongs to customer {owner}, not {customer}.": "发票 {number} 属于客户 {owner}，而不是 {customer}。",
        "Invoice {number} is in {currency}; the payment is in {paid}.": "发票 {number} 的币种为 {currency}；回款币种为 {paid}。",
        "The payment date {date} is before invoice {number} was issued ({issue}).":
            "回款日期 {date} 早于发票 {number} 的开票日期（{issue}）。",
        "A payment of {amount} {currency} from {customer} on {date} (reference “{reference}”) is already in "
        "ARDesk but is not applied to {number}; nothing is overwritten. Apply that payment in ARDesk, or "
        "correct the row.":
            "ARDesk 中已有 {customer} 于 {date} 的回款 {amount} {currency}（参考号“{reference}”），但未核销到 "
            "{number}；不会覆盖任何内容。请在 ARDesk 中核销该回款，或更正此行。",
        "Invoice {number} is already fully paid.": "发票 {number} 已全部结清。",
        "The payment date {date} is after {as_of}; money cannot be received in the future.":
            "回款日期 {date} 晚于 {as_of}；不能登记未来的回款。",
        "Unknown invoice {number}.": "未知发票 {number}。",
        "The payments to {number} in rows {rows} add up to {total}, more than the {open} still open on it.":
            "第 {rows} 行核销到 {number} 的回款合计 {total}，超过其未结金额 {open}。",
        "{number} is written off; reverse the write-off before applying a payment to it.":
            "{number} 已核销坏账；请先冲回坏账核销，再核销回款。",
        "{value} is negative: only money received can be imported (refunds are not).":
            "{value} 为负数：只能导入收到的款项（不能导入退款）。",
        # exchange rates
        "The rate must be a number greater than zero.": "汇率必须是大于零的数。",
        "The rate {value} is too large.": "汇率 {value} 过大。",
        "The rate {value} has more than {max} decimals.": "汇率 {value} 的小数位超过 {max} 位。",
        "{currency} is the home currency; it needs no exchange rate.": "{currency} 是本位币，不需要汇率。",
        "{value} is not a rate.": "{value} 不是汇率。",
        "{value} is not a valid date.": "{value} 不是有效日期。",
        "{currency} on {date} has different rates in rows {rows}.": "{currency} 于 {date} 在第 {rows} 行的汇率不一致。",
        "The rate of {currency} on {date} is {stored} in ARDesk, {value} in the file; nothing is overwritten "
        "(change it in the exchange-rate settings).":
            "{currency} 于 {date} 的汇率在 ARDesk 中为 {stored}，文件中为 {value}；不会覆盖（请在汇率设置中修改）。",
        "{file}: {new} new rate(s), {unchanged} unchanged, {conflicts} conflict(s), {invalid} row(s) with "
        "errors not imported.":
            "{file}：新增 {new} 条汇率，{unchanged} 条未变，{conflicts} 处冲突，{invalid} 行有错误未导入。",
        "{file}: {new} new rate(s) (not written), {unchanged} unchanged, {conflicts} conflict(s), {invalid} "
        "row(s) with errors.":
            "{file}：新增 {new} 条汇率（未写入），{unchanged} 条未变，{conflicts} 处冲突，{invalid} 行有错误。",
        # CLI
        "{currency} on {date}: {rate}": "{currency} 于 {date}：{rate}",
        "{currency} on {date}: {rate} (unchanged)": "{currency} 于 {date}：{rate}（未变）",
        "Give one invoice number, or 'reverse' and one invoice number.": "请给出一个发票号码，或 'reverse' 加一个发票号码。",
        "--date does not apply to reversing a write-off.": "冲回坏账核销不使用 --date。",
        "There is no rate of {currency} on {date}.": "{currency} 于 {date} 没有汇率。",
        "Rate": "汇率",
        "Source": "来源",
        "{number} is not written off.": "{number} 未核销坏账。",
        "Wrote off {amount} {currency} on {number}, dated {date}.": "已核销 {number} 的坏账 {amount} {currency}，日期 {date}。",
        "Removed the rate of {currency} on {date}.": "已删除 {currency} 于 {date} 的汇率。",
        "Reversed the write-off of {number}: {amount} {currency} is open again.":
            "已冲回 {number} 的坏账核销：{amount} {currency} 重新未结。",
        # allocation and write-offs
        "There is nothing to allocate.": "没有可核销的内容。",
        "Give a reason for the write-off.": "请填写坏账核销的原因。",
        "{number} is a credit note; only invoices can be written off.": "{number} 是贷项通知单；只有发票可以核销坏账。",
        "{number} is cancelled; there is nothing to write off.": "{number} 已作废，没有可核销的余额。",
        "{number} is already written off.": "{number} 已核销坏账。",
        "Nothing is open on {number}; there is nothing to write off.": "{number} 没有未结金额，无需核销坏账。",
        "The write-off date {date} is before {number} was issued ({issue}).":
            "核销日期 {date} 早于 {number} 的开票日期（{issue}）。",
        "The write-off date {date} is before the last payment or credit note applied to {number} ({last}).":
            "核销日期 {date} 早于最近一笔核销到 {number} 的回款或贷项通知单（{last}）。",
        "Write-off {id} does not exist.": "坏账核销记录 {id} 不存在。",
        "Give a reason for the reversal.": "请填写冲回的原因。",
        "The write-off of {number} was already reversed.": "{number} 的坏账核销已冲回。",
    },
}
for _ctx, _table in _LEDGER.items():
    BY_CONTEXT.setdefault(_ctx, {}).update(_table)


# ------------------------------------------ aging and KPIs (services/aging.py, kpis.py, cli_reports.py)
_REPORTS: dict[str, dict[str, str]] = {
    "messages": {
        "Not due": "未到期",
        ">{days} days": "{days}天以上",
        "{lo}–{hi} days": "{lo}–{hi}天",
        "Give at least one bucket limit, such as 30,60,90.": "请至少给出一个账龄分段上限，例如 30,60,90。",
        "At most {n} bucket limits.": "账龄分段上限最多 {n} 个。",
        "Bucket limits must be whole numbers of days, each larger than the one before: {text}":
            "账龄分段上限必须是整数天数，且逐个递增：{text}",
        "Unknown aging basis {value}; use due or issue.":
            "未知的账龄基准 {value}；请使用 due（到期日）或 issue（开票日）。",
        "No exchange rate for {currency} on or before {date}: {amount} {currency} left out of the "
        "{home} total.": "{date} 及之前没有 {currency} 的汇率：{amount} {currency} 未计入 {home} 合计。",
        # KPI definitions (tooltips) and reasons
        "Credit sales (S): invoices issued in the period less credit notes issued in it.":
            "赊销额（S）：本期开具的发票减去本期开具的贷项通知单。",
        "Accounts receivable (AR): invoices still open on the as-of date. Unapplied credit notes "
        "and payments are not subtracted.":
            "应收账款（AR）：截至日期仍未结清的发票。未核销的贷项通知单和回款不予扣减。",
        "AR at the start of the period: invoices open at the end of the day before the period.":
            "期初应收：期间开始前一天结束时仍未结清的发票。",
        "Current (CUR): the part of AR not yet due on the as-of date.":
            "未到期应收（CUR）：截至日期尚未到期的应收账款部分。",
        "DSO (days sales outstanding) = AR / S × number of days in the period.":
            "应收账款周转天数（DSO）= 应收账款 / S × 期间天数。",
        "Countback DSO: going back month by month from the as-of month (counted up to the as-of "
        "date), the days of credit sales that the open AR still covers.":
            "倒推法 DSO：从截至月份（计至截至日期）起逐月向前，未结应收账款仍能覆盖的赊销天数。",
        "Best possible DSO = CUR / S × number of days in the period: the DSO if nothing were overdue.":
            "最佳可能 DSO = 未到期应收 / S × 期间天数：若无任何逾期时的 DSO。",
        "Average days delinquent = DSO − best possible DSO.": "平均拖欠天数 = DSO − 最佳可能 DSO。",
        "Collection effectiveness index (CEI) = (AR at start + S − AR) / (AR at start + S − CUR) × "
        "100 %: how much of what could be collected in the period was collected.":
            "回款效率指数（CEI）=（期初应收 + S − 应收账款）/（期初应收 + S − 未到期应收）× 100 %："
            "本期可收回的款项中实际收回的比例。",
        "Overdue % = (AR − CUR) / AR × 100 %: the share of AR past its due date.":
            "逾期占比 % =（应收账款 − 未到期应收）/ 应收账款 × 100 %：已过到期日的应收账款所占比例。",
        "Bad-debt % = amounts written off in the period / S × 100 % (write-offs reversed by the "
        "as-of date do not count).":
            "坏账率 % = 本期核销的坏账金额 / S × 100 %（截至日期前已冲回的核销不计）。",
        "Average days to pay: paid date − issue date, weighted by amount, over the invoices fully "
        "paid in the last 12 months.":
            "平均付款天数：付清日期 − 开票日期，按金额加权，统计最近 12 个月内全额付清的发票。",
        "Average days beyond terms: paid date − due date (negative when paid early), weighted by "
        "amount, over the invoices fully paid in the last 12 months.":
            "平均超期天数：付清日期 − 到期日（提前付款为负数），按金额加权，统计最近 12 个月内全额付清的发票。",
        "No credit sales in the period (S = 0).": "本期没有赊销（S = 0）。",
        "Credit sales in the period are negative (more credit notes than invoices).":
            "本期赊销额为负（贷项通知单多于发票）。",
        "AR at start + S − CUR is zero: nothing was collectable in the period.":
            "期初应收 + S − 未到期应收为零：本期没有可收回的款项。",
        "Nothing is open on the date (AR = 0).": "该日没有未结应收（AR = 0）。",
        "AR is negative.": "应收账款为负数。",
        "The credit sales on record do not cover the AR (history too short).":
            "已记录的赊销不足以覆盖应收账款（历史数据太短）。",
        "The period must be between 1 and 3660 days.": "期间必须在 1 到 3660 天之间。",
        # CLI report output
        "Total": "合计",
        "Unapplied": "未核销",
        "Net": "净额",
        "Total in {currency} (converted)": "折合 {currency} 合计",
        "KPIs in {currency} as of {date}, period of {days} days from {start}":
            "{currency} 指标，截至 {date}，期间自 {start} 起共 {days} 天",
        "Credit sales (S)": "赊销额 (S)",
        "AR": "应收账款",
        "AR at start": "期初应收",
        "Current (not due)": "未到期应收",
        "Written off in period": "本期核销坏账",
        "DSO": "DSO",
        "Countback DSO": "倒推法 DSO",
        "Best possible DSO": "最佳可能 DSO",
        "Average days delinquent": "平均拖欠天数",
        "CEI %": "回款效率指数 CEI %",
        "Overdue %": "逾期占比 %",
        "Bad-debt %": "坏账率 %",
        "Figure": "指标",
        "Value": "数值",
        "Month end": "月末",
        "Paid invoices": "已付清发票",
        "Avg. days to pay": "平均付款天数",
        "Avg. days beyond terms": "平均超期天数",
    },
}
for _ctx, _table in _REPORTS.items():
    for _src, _zh in _table.items():
        BY_CONTEXT.setdefault(_ctx, {}).setdefault(_src, _zh)     # an entry made elsewhere wins


# ------------------------------------------ Aging tab, charts and exports (ui/tabs/aging*.py, aging_export)
_AGING_TAB: dict[str, dict[str, str]] = {
    "Tabs": {
        "Aging": "账龄",
    },
    "AgingTab": {
        "All currencies": "全部币种",
        "Overdue only": "仅逾期",
        "Search code or name…  (Ctrl+F)": "搜索客户编号或名称…  (Ctrl+F)",
        "Export": "导出",
        "Excel workbook (.xlsx)…": "Excel 工作簿 (.xlsx)…",
        "CSV for Excel (.csv)…": "CSV 文件 (.csv)…",
        "PDF report (.pdf)…": "PDF 报告 (.pdf)…",
        "&As of:": "截至日期(&A)：",
        "C&urrency:": "币种(&U)：",
        "Loading chart…": "正在生成图表…",
        "Aging": "账龄分析",
        "Cash-in forecast": "回款预测",
        "No history yet.": "暂无历史数据。",
        "{n} rows": "共 {n} 行",
        "{shown} of {total} rows": "{shown} / {total} 行",
        "Nothing open for these filters.": "当前筛选条件下没有未结款项。",
        "Total AR ({currency})": "应收总额（{currency}）",
        "Overdue %": "逾期占比 %",
        "DSO": "DSO",
        "CEI": "回款效率指数 CEI",
        ">90 days overdue": "逾期 90 天以上",
        "Excel workbook (*.xlsx)": "Excel 工作簿 (*.xlsx)",
        "CSV file (*.csv)": "CSV 文件 (*.csv)",
        "PDF file (*.pdf)": "PDF 文件 (*.pdf)",
        "Export aging": "导出账龄分析",
        "Exporting…": "正在导出…",
        "Saved {path}": "已保存 {path}",
        "Export failed.": "导出失败。",
    },
    "AgingTable": {
        "Cur.": "币种",
        "Total (1 customer)": "合计（1 个客户）",
        "Total ({n} customers)": "合计（{n} 个客户）",
        "Grade": "信用等级",
        "Double-click an amount to see its invoices.": "双击金额可查看对应的发票。",
        "Total": "合计",
        "% overdue": "逾期占比",
        "Share of the customer's open invoices past their due date.": "该客户未结发票中已过到期日的比例。",
        "Unapplied": "未核销",
        "Payments received and credit notes not yet applied to invoices. They lower the net exposure, "
        "not the ages.": "已收但尚未核销到发票的回款和贷项通知单。它们减少净敞口，但不影响账龄。",
        "Net|net exposure": "净敞口",
        "Open invoices less unapplied payments and credit notes.": "未结发票减去未核销的回款和贷项通知单。",
    },
    "AgingItemsDialog": {
        "All open items": "全部未结项目",
        "{customer} — {what}": "{customer} — {what}",
        "<b>{customer}</b> · {currency} · {what} · as of {date}": "<b>{customer}</b> · {currency} · {what} · 截至 {date}",
        "PO number": "采购单号",
        "Invoices: {n} · open {amount} {currency}": "发票：{n} 张 · 未结 {amount} {currency}",
    },
    "ForecastPage": {
        "Currency:": "币种：",
        "Loading chart…": "正在生成图表…",
        "Week": "周",
        "From": "起",
        "To": "止",
        "Forecast": "预测",
        "Expected from each customer's own payment habit (days beyond terms); disputed invoices left out.":
            "根据每个客户自身的付款习惯（超期天数）预计；有争议的发票不计入。",
        "Pays on due date": "按到期日付款",
        "The baseline: every open invoice paid on its due date (overdue ones in week 1).":
            "基准：每张未结发票都在到期日付款（已逾期的计入第 1 周）。",
        "Nothing open to forecast.": "没有可预测的未结款项。",
        "W{n}": "第 {n} 周",
        "Later / unlikely": "以后/不太可能收回",
        "{n} open invoices, {amount} {currency}": "{n} 张未结发票，{amount} {currency}",
        "unlikely {amount}": "不太可能收回 {amount}",
        "{n} disputed left out ({amount})": "{n} 张有争议发票未计入（{amount}）",
        "unapplied payments {amount}": "未核销回款 {amount}",
    },
    "messages": {
        "Aging": "账龄分析",
        "Aging report": "账龄分析报告",
        "by due date": "按到期日",
        "by invoice date": "按开票日期",
        "% overdue": "逾期占比",
        "Total AR": "应收总额",
        "Total AR ({currency})": "应收总额（{currency}）",
        "CEI": "回款效率指数 CEI",
        "DSO (days)": "DSO（天）",
        " pts": " 个百分点",
        " days": " 天",
        "{days} days": "{days} 天",
        "vs {date}": "较 {date}",
        ">{days} days overdue": "逾期 {days} 天以上",
        "Open invoices more than {days} days past their due date, in {currency}.":
            "已过到期日超过 {days} 天的未结发票（{currency}）。",
        "{pct}% of total AR.": "占应收总额的 {pct}%。",
        "All customers": "全部客户",
        "largest {top} of {n} customers: {pct}% of the total": "{n} 个客户中余额最大的 {top} 个：占合计的 {pct}%",
        "Largest balances by age ({currency})": "余额最大的客户及账龄（{currency}）",
        "Nothing open in {currency}": "{currency} 没有未结款项",
        "Last {n} month ends ({currency})": "最近 {n} 个月末（{currency}）",
        "No history": "暂无历史数据",
        "Expected receipts per week ({currency})": "每周预计回款（{currency}）",
        "Forecast": "预测",
        "Pays on due date": "按到期日付款",
        "Later / unlikely": "以后/不太可能收回",
        "Page {page} of {pages}": "第 {page} 页，共 {pages} 页",
        "As of {date}": "截至 {date}",
        "Printed {date}": "打印日期 {date}",
        "Could not write {path}: {reason}": "无法写入 {path}：{reason}",
        "Wrote {path}": "已写入 {path}",
    },
}
for _ctx, _table in _AGING_TAB.items():
    for _src, _zh in _table.items():
        BY_CONTEXT.setdefault(_ctx, {}).setdefault(_src, _zh)     # an entry made elsewhere wins


# ------------------------------------------ CLI status words
for _src, _zh in {"open": "未结", "partly paid": "部分回款", "paid": "已结清", "cancelled": "已作废",
                  "disputed": "有争议", "written off": "已核销坏账"}.items():
    BY_CONTEXT.setdefault("messages", {}).setdefault(_src, _zh)


# ------------------------------------------ Aging tab: home-currency total
for _src, _zh in {
    "All currencies in {home} at the rates of {date}: open <b>{total}</b>, overdue <b>{overdue}</b>":
        "全部币种按 {date} 汇率折合 {home}：未结 <b>{total}</b>，逾期 <b>{overdue}</b>",
    "(without {currencies}: no rate)": "（不含 {currencies}：无汇率）",
}.items():
    BY_CONTEXT.setdefault("AgingTab", {}).setdefault(_src, _zh)


# ------------------------------------------ cash-in forecast and backtest (forecast.py, backtest.py)
_FORECAST: dict[str, dict[str, str]] = {
    "messages": {
        "Week": "周",
        "From": "起",
        "To": "止",
        "Later": "更晚",
        "Unlikely": "不太可能收回",
        "Disputed (not forecast)": "有争议（不计入预测）",
        "Unapplied payments": "未核销回款",
        "Open credit notes": "未使用的贷项通知单",
        "Unknown currency {currency}.": "未知币种 {currency}。",
        "Nothing is open.": "没有未结款项。",
        "Dates": "日期数",
        "Mean receipts / week": "平均每周回款",
        "MAE forecast": "预测平均绝对误差",
        "MAE baseline": "基准平均绝对误差",
        "Improvement %": "改进 %",
        "Expected receipts as of {date} (week 1 starts the next day)":
            "截至 {date} 的预计回款（第 1 周从次日开始）",
        "forecast": "预测",
        "due date": "按到期日",
        "Backtest: {count} dates from {first} to {last}, {weeks} weeks each, against what was "
        "received up to {end}":
            "回测：{count} 个日期，从 {first} 到 {last}，每个 {weeks} 周，与截至 {end} 的实际回款比较",
        "Baseline": "基准",
        "{currency}: mean absolute error by week": "{currency}：各周平均绝对误差",
        "A backtest needs 1 to 104 weeks, a step of 1 to 104 weeks and 1 to 200 dates.":
            "回测需要 1 到 104 周、1 到 104 周的间隔和 1 到 200 个日期。",
        "Replaying the forecast": "正在回放预测",
        "The forecast covers 1 to 104 weeks, not {weeks}.": "预测范围为 1 到 104 周，不能是 {weeks}。",
    },
}
for _ctx, _table in _FORECAST.items():
    for _src, _zh in _table.items():
        BY_CONTEXT.setdefault(_ctx, {}).setdefault(_src, _zh)     # an entry made elsewhere wins


_STATEMENTS = {
    "messages": {
        "unmatched": "未匹配",
        "auto-matched": "自动匹配",
        "suggested": "建议匹配",
        "matched": "已匹配",
        "ignored": "已忽略",
        "{file} was imported before: nothing imported, {skipped} lines skipped as duplicates.":
            "{file} 之前已导入：未导入任何内容，{skipped} 笔流水作为重复项跳过。",
        "{file}: {imported} lines imported, {skipped} skipped as duplicates ({statements} statements).":
            "{file}：已导入 {imported} 笔流水，{skipped} 笔作为重复项跳过（{statements} 份对账单）。",
        "--mapping does not apply to bank statements yet; use --format.":
            "--mapping 暂不适用于银行对账单；请使用 --format。",
        "Line": "流水",
        "Booked": "记账日期",
        "Counterparty": "对方户名",
        "Remittance": "附言",
        "{file}: {lines} lines in {statements} statements; nothing was written.":
            "{file}：{statements} 份对账单共 {lines} 笔流水；未写入任何内容。",
        "{file}: not a bank statement ARDesk can read (camt.052/053/054, MT940/MT942, OFX or a "
        "Chinese bank's CSV/XLS/XLSX export).":
            "{file}：不是 ARDesk 能读取的银行对账单（camt.052/053/054、MT940/MT942、OFX 或中国银行的 "
            "CSV/XLS/XLSX 导出文件）。",
        "{file}: the file contains no statement.": "{file}：文件中没有对账单。",
        "{file}: the file cannot be read ({reason}).": "{file}：无法读取该文件（{reason}）。",
        "Unknown line status {status}.": "未知的流水状态 {status}。",
        "Unknown statement format {format}.": "未知的对账单格式 {format}。",
    },
}
for _ctx, _table in _STATEMENTS.items():
    for _src, _zh in _table.items():
        BY_CONTEXT.setdefault(_ctx, {}).setdefault(_src, _zh)     # an entry made elsewhere wins


# ------------------------------------------ Bank tab, matching dialogs and reasons (issue 7 UI)
_BANK_UI: dict[str, dict[str, str]] = {
    "Tabs": {"Bank": "银行对账"},
    "BankStatus": {
        "Unmatched": "未匹配",
        "Suggested": "建议匹配",
        "Auto-matched": "自动匹配",
        "Matched": "已匹配",
        "Ignored": "已忽略",
    },
    "BankLineModel": {
        "Score": "得分",
        "How sure the match is (0–100)": "匹配的可信程度（0–100）",
        "Payer": "付款人",
        "Remittance": "附言",
        "Bank reference": "银行流水号",
    },
    "BankCandidates": {
        "bank charges": "银行手续费",
        "discount": "现金折扣",
        "difference": "差额",
        "credit {amount}": "预收 {amount}",
        "Score": "得分",
        "Invoices": "发票",
        "Difference / credit": "差额 / 预收",
    },
    "BankOpenItems": {
        "This payment": "本笔回款",
    },
    "BankLineDetail": {
        "Select a statement line to see its candidates.": "选择一笔银行流水以查看候选匹配。",
        "Candidates ({n})": "候选匹配（{n}）",
        "No candidate found. {why}\nChoose the customer and invoices yourself, or ignore the line if it "
        "is not a customer payment.":
            "未找到候选匹配。{why}\n请自行选择客户和发票；如果这不是客户回款，可忽略该流水。",
        "Nothing is booked for this line.": "该流水没有任何入账。",
        "Matched automatically": "自动匹配",
        "Confirmed by hand": "人工确认",
        "Ignored": "已忽略",
        "by {user} on {when}": "由 {user} 于 {when}",
        "Reason: {reason}": "原因：{reason}",
        "Payment from {customer}": "来自 {customer} 的回款",
        "Applied to:": "核销至：",
        "bank charges": "银行手续费",
        "early-payment discount": "现金折扣",
        "difference written off": "差额核销",
        "{kind} on {number}: {amount} {cur}": "{number} 的{kind}：{amount} {cur}",
        "Left as customer credit: {amount} {cur}": "留作客户预收款：{amount} {cur}",
        "Note: {note}": "备注：{note}",
        "Undo (Ctrl+Z) restores the invoices as they were before.": "撤销（Ctrl+Z）会将发票恢复到之前的状态。",
        "Booked": "记账日期",
        "Value date": "起息日",
        "(reversal)": "（冲正）",
        "Payer": "付款人",
        "Account": "账号",
        "Remittance": "附言",
        "Bank reference": "银行流水号",
        "Why (score {score}):": "依据（得分 {score}）：",
        "Open invoices": "未结发票",
        "Choose a candidate to see the customer's open invoices.": "选择一个候选匹配以查看该客户的未结发票。",
        "Open invoices of {customer} ({n})": "{customer} 的未结发票（{n}）",
        "Nothing open.": "没有未结发票。",
    },
    "BankTab": {
        "&Import statement…": "导入对账单(&I)…",
        "Import bank statement": "导入银行对账单",
        "Bank statements ({patterns});;All files (*)": "银行对账单 ({patterns});;所有文件 (*)",
        "Importing {file}…": "正在导入 {file}…",
        "{file} was imported before: nothing imported, {skipped} lines skipped as duplicates.":
            "{file} 之前已导入：未导入任何内容，{skipped} 笔流水作为重复项跳过。",
        "{file}: {imported} lines imported, {skipped} skipped as duplicates.":
            "{file}：已导入 {imported} 笔流水，{skipped} 笔作为重复项跳过。",
        "Import statement": "导入对账单",
        "Match the new lines to open invoices now?": "现在就将新流水与未结发票匹配吗？",
        "&Auto-match now": "立即自动匹配(&A)",
        "Matching…": "正在匹配…",
        "{lines} lines looked at: {auto} matched automatically, {suggested} with suggestions to review, "
        "{unmatched} remain unmatched.":
            "共检查 {lines} 笔流水：{auto} 笔自动匹配，{suggested} 笔有待审核的建议，{unmatched} 笔仍未匹配。",
        "Of those unmatched, {debits} are outgoing payments.": "未匹配的流水中有 {debits} 笔是付款（支出）。",
        "Auto-match": "自动匹配",
        "Cancelling…": "正在取消…",
        "Cancelled; nothing was changed.": "已取消；未做任何更改。",
        "Ignore line {ref}": "忽略流水 {ref}",
        "The line is marked as not a customer payment and leaves the review list. Nothing is booked; you "
        "can undo it later.":
            "该流水将标记为非客户回款，并移出待审核列表。不会入账；之后可以撤销。",
        "&Ignore": "忽略(&I)",
        "The line goes back to the review list as unmatched.": "该流水将作为未匹配流水回到待审核列表。",
        "The payment, its allocations, any booked difference and the aliases this match taught are "
        "removed; the invoices are open again as before. The line goes back to the review list as "
        "unmatched.":
            "将删除这笔回款、其核销记录、已入账的差额以及此次匹配学到的别名；发票恢复为之前的未结状态。"
            "该流水将作为未匹配流水回到待审核列表。",
        "Undo line {ref}": "撤销流水 {ref}",
        "&Undo": "撤销(&U)",
        "{shown} of {total} lines": "显示 {shown} / 共 {total} 笔流水",
        "Import statement…": "导入对账单…",
        "Import a camt.053, MT940, OFX or a Chinese bank's CSV/XLS/XLSX export":
            "导入 camt.053、MT940、OFX 或国内银行导出的 CSV/XLS/XLSX 文件",
        "Match every open line; apply only the sure ones": "匹配所有待处理流水；只自动入账有把握的",
        "Accept": "确认",
        "Apply the selected candidate (Enter)": "采用选中的候选匹配（Enter）",
        "Choose another…": "另选…",
        "Pick the customer and invoices yourself; split across invoices": "自行选择客户和发票；可拆分到多张发票",
        "Leave as credit…": "留作预收…",
        "Book the whole amount as the customer's credit": "将全部金额记为客户预收款",
        "Ignore…": "忽略…",
        "Not a customer payment (interest, own transfer, …)": "非客户回款（利息、内部转账等）",
        "Undo…": "撤销…",
        "Undo this line's match or ignore (Ctrl+Z)": "撤销该流水的匹配或忽略（Ctrl+Z）",
        "Search payer, remittance, reference…  (Ctrl+F)": "搜索付款人、附言、流水号…  (Ctrl+F)",
        "All lines": "全部流水",
        "To review (unmatched and suggested)": "待审核（未匹配和建议匹配）",
        "Status:": "状态：",
        "Booked from:": "记账日期从：",
        "to:": "至：",
        "any": "不限",
        "You can tell ARDesk which column holds what, and save that layout for this bank.":
            "您可以告诉 ARDesk 每一列的内容，并为该银行保存这一格式。",
        "&Map columns…": "指定列(&M)…",
        "No bank statements yet": "尚无银行对账单",
        "Import a statement from your bank (camt.053, MT940, OFX, or a CSV/Excel export); ARDesk matches "
        "the receipts to open invoices.":
            "导入银行对账单（camt.053、MT940、OFX 或 CSV/Excel 导出文件）；ARDesk 会将回款与未结发票匹配。",
    },
    "ChooseMatchDialog": {
        "Leave as customer credit": "留作客户预收款",
        "Choose customer and invoices": "选择客户和发票",
        "{date} · <b>{amount} {cur}</b> · {payer}<br>{remittance}": "{date} · <b>{amount} {cur}</b> · {payer}<br>{remittance}",
        "C&ustomer:": "客户(&U)：",
        "stays open (part payment)": "保持未结（部分回款）",
        "bank charges": "银行手续费",
        "early-payment discount": "现金折扣",
        "written off as a difference (give a reason)": "作为差额核销（需填写原因）",
        "What is not paid on a ticked invoice:": "勾选发票未付清的部分：",
        "optional; required for a written-off difference": "可选；核销差额时必填",
        "&Note:": "备注(&N)：",
        "&Book": "入账(&B)",
        "Choose a customer.": "请选择客户。",
        "{applied} applied is more than the line's {amount}.": "核销金额 {applied} 超过流水金额 {amount}。",
        "Give a reason for writing off the difference.": "请填写核销差额的原因。",
        "This customer has nothing open in {cur}; the amount stays with it as credit.":
            "该客户没有 {cur} 未结发票；金额将留作其预收款。",
        "Line {amount} · applied {applied} · left as customer credit {credit}":
            "流水 {amount} · 核销 {applied} · 留作客户预收 {credit}",
        "{short} stays open on the ticked invoices.": "勾选发票上仍有 {short} 未结。",
        "{short} is booked as {kind}.": "{short} 记为{kind}。",
    },
    "SplitModel": {
        "{number}: enter an amount greater than zero.": "{number}：请输入大于零的金额。",
        "{number}: more than the {open} open.": "{number}：超过未结金额 {open}。",
        "Apply": "核销金额",
        "(disputed)": "（有争议）",
    },
    "ReasonDialog": {
        "Not a customer payment (other income)": "非客户回款（其他收入）",
        "Interest or bank refund": "利息或银行退款",
        "Transfer between own accounts": "内部账户间转账",
        "Supplier refund": "供应商退款",
        "Already booked by hand": "已手工入账",
        "&Reason (required, kept in the history):": "原因(&R)（必填，保存在历史记录中）：",
        "&Reason (optional, kept in the history):": "原因(&R)（可选，保存在历史记录中）：",
        "Type or pick a reason": "输入或选择原因",
    },
    "CustomerDialog": {
        "{text} is not a percentage.": "{text} 不是有效的百分比。",
        "The early-payment discount must be between 0 and 50 %.": "现金折扣必须在 0 到 50 % 之间。",
        "At most two decimals, e.g. 2.25 %.": "最多两位小数，例如 2.25 %。",
        "% if paid within": "%，若在",
        "of the invoice date": "内（自开票日起）付款",
        "Early-payment &discount:": "现金折扣(&D)：",
        "Learned from the &bank:": "从银行流水学到(&B)：",
        "Payer names and accounts taught by matches you confirmed on the Bank tab":
            "在“银行对账”页确认匹配时学到的付款人名称和账号",
    },
    "LearnedAliasList": {
        "&Remove": "删除(&R)",
        "Stop recognising this payer as the customer (when you press OK)": "不再将该付款人识别为此客户（按“确定”后生效）",
        "Account": "账号",
        "Name": "名称",
        "{kind}: {value} — learned from line {ref} ({date})": "{kind}：{value} — 学自流水 {ref}（{date}）",
    },
    "MatchingSettingsForm": {
        "A bank line is applied automatically only when its best candidate reaches the threshold and beats "
        "the next one by the margin; otherwise it is a suggestion for you to review.":
            "只有当一笔流水的最佳候选得分达到阈值、且领先第二名的差距不小于间隔时，才会自动入账；否则作为建议等待审核。",
        "Automatic &threshold (score):": "自动匹配阈值(&T)（得分）：",
        "&Margin over the next candidate:": "领先第二候选的间隔(&M)：",
        "Bank charges up to (&%):": "银行手续费上限(&%)：",
        "…or a fixed amount up to ({currency}):": "…或固定金额上限（{currency}）：",
        "A payment short by no more than the larger of the two is booked as bank charges.":
            "回款短少不超过两者中较大者时，差额记为银行手续费。",
        "{text} is not a percentage.": "{text} 不是有效的百分比。",
        "The percentage must be 0–10 with at most two decimals.": "百分比必须在 0–10 之间，最多两位小数。",
        "The fixed amount cannot be negative.": "固定金额不能为负数。",
    },
    "SettingsDialog": {
        "Bank matching": "银行对账匹配",
    },
    "messages": {
        # matching explanations (app/services/matching/engine.py REASON_TEXT)
        "Payer account {account} is known for this customer": "付款账号 {account} 已知属于该客户",
        "Payer name is the customer's name": "付款人名称与客户名称一致",
        "Payer name {name} is an alias of this customer": "付款人名称 {name} 是该客户的别名",
        "Payer name resembles the customer's name ({score} %)": "付款人名称与客户名称相似（{score} %）",
        "The payer looks like another customer": "付款人看起来是另一位客户",
        "Paid through {platform}": "通过 {platform} 支付",
        "Reference {token} is invoice {number}": "参考号 {token} 即发票 {number}",
        "Reference {token} is invoice {number} written differently": "参考号 {token} 是发票 {number} 的另一种写法",
        "Reference {token} is invoice {number} without its prefix": "参考号 {token} 是去掉前缀的发票 {number}",
        "Reference {token} is one typo away from invoice {number}": "参考号 {token} 与发票 {number} 只差一个字符",
        "The text also names invoices of another customer": "附言中还提到了其他客户的发票",
        "The amount is exactly what is open": "金额与未结金额完全一致",
        "The amount is the sum of {count} open invoices": "金额等于 {count} 张未结发票之和",
        "Short by {difference}: bank charges within the tolerance": "少 {difference}：在容差内的银行手续费",
        "Short by {difference}: the early-payment discount of the terms": "少 {difference}：符合条款的现金折扣",
        "Part payment: {amount} of {open} open": "部分回款：未结 {open} 中的 {amount}",
        "{credit} more than the invoices: left as customer credit": "比发票多 {credit}：留作客户预收款",
        "No amount fits: oldest invoices first": "没有相符的金额：按最早的发票优先核销",
        "Another invoice or combination fits just as well": "另有发票或组合同样相符",
        "An invoice is disputed": "有发票处于争议中",
        "A debit: only incoming payments are matched": "这是支出：只匹配收到的款项",
        "A reversal: check the original payment": "这是冲正：请核对原始付款",
        "Neither the payer nor an invoice reference is known": "付款人和发票参考号均无法识别",
        "The customer has nothing open in {currency}": "该客户没有 {currency} 未结发票",
        # reconciliation (app/services/reconcile.py)
        "There is no statement line {ref}.": "没有流水 {ref}。",
        "The automatic threshold must be 1–100 and the margin 0–100.": "自动匹配阈值必须在 1–100 之间，间隔在 0–100 之间。",
        "The suggestion minimum must be between 0 and the automatic threshold.": "建议的最低得分必须在 0 与自动匹配阈值之间。",
        "The bank-charges tolerance must be 0–10 % and a fixed amount of 0 or more.":
            "银行手续费容差必须在 0–10 % 之间，固定金额不能小于 0。",
        "Statement line {id} does not exist.": "流水 {id} 不存在。",
        "{ref} is the reference of {count} lines; name one by its id: {ids}.":
            "{ref} 是 {count} 笔流水的参考号；请用编号指定其中一笔：{ids}。",
        "Line {ref} is already reconciled; undo it first.": "流水 {ref} 已对账；请先撤销。",
        "Line {ref} is a debit; only incoming payments are applied to invoices.": "流水 {ref} 是支出；只有收到的款项才能核销发票。",
        "Customer {id} does not exist.": "客户 {id} 不存在。",
        "Amounts must be greater than zero.": "金额必须大于零。",
        "{applied} applied and {credit} left as credit do not add up to the line's {amount}.":
            "核销 {applied} 与留作预收的 {credit} 之和不等于流水金额 {amount}。",
        "Give a reason for writing off the difference.": "请填写核销差额的原因。",
        "An invoice appears twice in the split.": "拆分中同一张发票出现了两次。",
        "Invoice {id} does not exist.": "发票 {id} 不存在。",
        "Invoice {number} does not belong to {customer}.": "发票 {number} 不属于 {customer}。",
        "The difference {amount} is more than the {open} still open on {number}.": "差额 {amount} 超过 {number} 的未结金额 {open}。",
        "Alias {id} does not exist.": "别名 {id} 不存在。",
        "Give a reason for ignoring the line.": "请填写忽略该流水的原因。",
        "Line {ref} is not reconciled; there is nothing to undo.": "流水 {ref} 尚未对账；没有可撤销的内容。",
        "A difference must be bank charges, a discount or a written-off difference, and greater than zero.":
            "差额必须是银行手续费、现金折扣或核销差额，且大于零。",
        "{number} was written off or cancelled since; reverse that first.": "{number} 之后已被核销坏账或作废；请先冲回。",
        "Matching": "正在匹配",
        "Applying": "正在入账",
        "{file}: cannot write ({reason}).": "{file}：无法写入（{reason}）。",
        "Part of this payment was applied to {number} by hand since; undo that allocation first.":
            "这笔回款之后有一部分被手工核销到 {number}；请先撤销该核销。",
        "This difference on {number} was booked with a bank reconciliation; undo that reconciliation "
        "instead.":
            "{number} 上的这笔差额是随银行对账入账的；请改为撤销该对账。",
        # customer discount terms (app/services/customers.py)
        "The early-payment discount must be between 0 and 50 %.": "现金折扣必须在 0 到 50 % 之间。",
        "Give the number of days the early-payment discount applies.": "请填写现金折扣适用的天数。",
        "Discount days must be between 0 and {max}.": "折扣天数必须在 0 到 {max} 之间。",
    },
}
for _ctx, _table in _BANK_UI.items():
    for _src, _zh in _table.items():
        BY_CONTEXT.setdefault(_ctx, {}).setdefault(_src, _zh)     # an entry made elsewhere wins


# statement mapping (generic CSV/XLSX), its dialog and the reconcile commands (issue 7)
_STATEMENT_MAPPING = {
    "StatementMappingDialog": {
        'Statement columns — {file}': '对账单列 — {file}',
        'ARDesk does not know this statement layout. Choose above each column what it holds, check, and save the mapping to use it again for this bank.': 'ARDesk 不认识此对账单格式。请在每列上方选择该列的内容，检查后保存映射，以便下次用于这家银行。',
        'Save mapping as…': '映射另存为…',
        'own account, if no column': '本方账号（文件中无此列时）',
        'as detected': '自动识别',
        'day/month/year': '日/月/年',
        'month/day/year': '月/日/年',
        'point: 1,234.56': '小数点：1,234.56',
        'comma: 1.234,56': '小数逗号：1.234,56',
        'Mapping:': '映射：',
        'Currency:': '币种：',
        'Account:': '账号：',
        'Dates:': '日期：',
        'Decimal mark:': '小数符号：',
        '&Check': '检查(&C)',
        '&Import': '导入(&I)',
        '— not used —': '— 不使用 —',
        'Still needed: {fields}': '还需要：{fields}',
        'as detected from the headers': '按表头自动识别',
        'Save mapping': '保存映射',
        'Name for this statement layout (e.g. the bank):': '此对账单格式的名称（例如银行名）：',
        '{lines} lines in {statements} statement(s) can be imported.': '可导入 {statements} 份对账单中的 {lines} 条流水。',
    },
    "messages": {
        'Booking date': '记账日期',
        'Value date': '起息日期',
        'Credit (money in)': '贷方（收入）',
        'Debit (money out)': '借方（支出）',
        'Amount (signed: money out negative)': '金额（带符号：支出为负）',
        'Debit/credit mark': '借贷标志',
        'Counterparty name': '对方户名',
        'Counterparty account': '对方账号',
        'Remittance / purpose (one or more columns)': '附言 / 用途（可选多列）',
        'Bank reference (serial number)': '银行流水号',
        'Own account': '本方账号',
        'Amount (or credit and debit columns)': '金额（或收入与支出两列）',
        'Currency (a column or a fixed currency)': '币种（某一列或固定币种）',
        'The mapping has a signed amount column and credit/debit columns; choose one or the other.': '映射中同时有带符号金额列和收入/支出列，请只选其一。',
        'The mapping needs both a credit and a debit column (or one signed amount column).': '映射需要同时有收入列和支出列（或一列带符号金额）。',
        'A debit/credit mark column applies only together with a signed amount column.': '借贷标志列只能与带符号金额列一起使用。',
        'Both the credit and the debit amount are empty.': '收入和支出金额都为空。',
        'Both a credit ({credit}) and a debit ({debit}) amount are given; a line is one or the other.': '同时填写了收入（{credit}）和支出（{debit}）金额；每行只能是其中之一。',
        '{file}: the mapping names column {column}, but the file has only {count} columns.': '{file}：映射指定了第 {column} 列，但文件只有 {count} 列。',
        '{value} is neither a debit nor a credit mark (S/H, D/C, DR/CR, 借/贷, -/+).': '{value} 不是借贷标志（S/H、D/C、DR/CR、借/贷、-/+）。',
        'A column mapping applies only to CSV/XLSX/XLS statements (format csv or auto), not to {format}.': '列映射只适用于 CSV/XLSX/XLS 对账单（格式 csv 或 auto），不适用于 {format}。',
        '{file} has no column {column}; its columns are: {columns}.': '{file} 中没有列 {column}；现有的列：{columns}。',
        'Field': '字段',
        'Column': '列',
        'Saved the statement mapping {name}; {file} reads as {lines} lines.': '已保存对账单映射 {name}；{file} 读出 {lines} 行。',
        'There is no saved statement mapping named {name}.': '没有名为 {name} 的已保存对账单映射。',
        'fixed: {value}': '固定：{value}',
        'Deleted the statement mapping {name}.': '已删除对账单映射 {name}。',
        "{file}: ARDesk cannot tell which columns hold {fields}; the columns it could not map are: {columns}. Save a mapping for this layout ('statement mapping save NAME FILE …' or the import dialog) and import with --mapping NAME.": '{file}：ARDesk 无法确定哪些列是 {fields}；未能识别的列：{columns}。请为此格式保存一个映射（“statement mapping save 名称 文件 …”或导入对话框），再用 --mapping 名称 导入。',
        'Name the statement line (its reference, or #ID).': '请指定对账单流水（其流水号，或 #编号）。',
        'Say what to do: --auto, or show / accept / apply / ignore / undo LINE.': '请说明要做什么：--auto，或 show / accept / apply / ignore / undo 流水。',
        'Write the invoice and amount as NUMBER=AMOUNT: {value}': '请按 发票号=金额 的格式填写：{value}',
        'apply needs --customer CODE.': 'apply 需要 --customer 客户编号。',
        '--auto matches every line; do not name an action with it.': '--auto 会匹配所有流水；不要同时指定操作。',
        'Line {line} has {count} proposal(s); there is no number {n}.': '流水 {line} 有 {count} 个建议；没有第 {n} 个。',
        '{value} is not an amount in {currency}.': '{value} 不是有效的 {currency} 金额。',
        'Unknown customer {code}.': '未知客户 {code}。',
        "The invoices get more than the line's amount.": '分配给发票的金额超过了该流水的金额。',
        'Line {line} reconciled.': '流水 {line} 已对账。',
        'Line {line} ignored.': '流水 {line} 已忽略。',
        "Payer name {name} is the start of the customer's name (cut off by the bank)": '付款人名称 {name} 是该客户名称的开头（被银行截断）',
    'Line {line}: reconciliation undone; the line is unmatched again.': '流水 {line}：对账已撤销，该流水恢复为未匹配。',
        '{lines} lines: {auto} matched automatically, {suggested} with suggestions to review, {unmatched} unmatched ({debits} of them debits).': '共 {lines} 条流水：{auto} 条自动匹配，{suggested} 条有待复核的建议，{unmatched} 条未匹配（其中 {debits} 条为支出）。',
        'credit left: {amount}': '剩余贷项：{amount}',
        '{file}: {rows} allocation rows written.': '{file}：已写入 {rows} 行核销记录。',
    },
}
for _ctx, _table in _STATEMENT_MAPPING.items():
    for _src, _zh in _table.items():
        BY_CONTEXT.setdefault(_ctx, {}).setdefault(_src, _zh)


# letters and customer statements (issue 6)
_LETTERS = {
    "messages": {
        'Line {line}: unknown placeholder {text}.': '第 {line} 行：未知占位符 {text}。',
        'Line {line}: broken placeholder “{text}” (a brace without its partner, or a placeholder with a format).': '第 {line} 行：占位符“{text}”有误（括号不成对，或占位符带有格式）。',
        'Line {line}: unknown section [{text}].': '第 {line} 行：未知段落 [{text}]。',
        'The template has no [body] section.': '模板缺少 [body] 正文段落。',
        'Unknown letter template {name}.': '未知函件模板 {name}。',
        'Unknown letter language {language}.': '未知函件语言 {language}。',
        'The letter template {name} ({language}) has {count} problem(s).': '函件模板 {name}（{language}）有 {count} 处问题。',
        'The letter template {name} cannot be printed: {problem}': '函件模板 {name} 无法打印：{problem}',
        'There is no customer with id {id}.': '不存在编号为 {id} 的客户。',
        'letters statement --customer needs --pdf FILE (and no --dir).': 'letters statement --customer 需要 --pdf FILE（不能同时使用 --dir）。',
        'letters statement --all needs --dir DIR or --pdf FILE.': 'letters statement --all 需要 --dir DIR 或 --pdf FILE。',
        'Wrote {count} statements to {dir}': '已将 {count} 份对账单写入 {dir}',
        'No customer has open items on {date}; nothing was written.': '截至 {date} 没有客户有未结款项，未写入任何文件。',
    },
}
for _ctx, _table in _LETTERS.items():
    for _src, _zh in _table.items():
        BY_CONTEXT.setdefault(_ctx, {}).setdefault(_src, _zh)


# company images for letters (logo, signature, seal)
_COMPANY_IMAGES = {
    "CompanyForm": {
        "Logo:": "徽标：",
        "Logo": "徽标",
        "Signature image:": "签名图片：",
        "Signature image": "签名图片",
        "Company seal:": "公章：",
        "Company seal": "公章",
        "The company seal (公章) printed over the signature: a PNG with a transparent background looks best":
            "盖在签名上的公章：使用透明背景的 PNG 效果最好",
    },
    "ImagePicker": {
        "Choose…": "选择…",
        "Remove": "移除",
        "Choose an image for: {what}": "为{what}选择图片",
        "Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)": "图片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;所有文件 (*)",
        "Image": "图片",
        "{file} is not an image ARDesk can read.": "{file} 不是 ARDesk 能读取的图片。",
        "none": "无",
    },
    "messages": {
        "The image must be a PNG or JPEG file.": "图片必须是 PNG 或 JPEG 文件。",
        "The image is larger than {size} MB; use a smaller one.": "图片大于 {size} MB，请使用更小的图片。",
    },
}
for _ctx, _table in _COMPANY_IMAGES.items():
    for _src, _zh in _table.items():
        BY_CONTEXT.setdefault(_ctx, {}).setdefault(_src, _zh)


# collections and dunning (issue 6)
_DUNNING = {
    "messages": {
        'Give a region code of at most 10 characters (e.g. CN).': '请填写不超过 10 个字符的地区代码（例如 CN）。',
        'A calendar day is a holiday or a workday, not {kind}.': '日历中的日期只能是节假日（holiday）或工作日（workday），不能是 {kind}。',
        '{value} is not a date (YYYY-MM-DD).': '{value} 不是日期（格式 YYYY-MM-DD）。',
        'Put a hold on one invoice or on one customer.': '暂停催收只能针对一张发票或一个客户。',
        'Give a reason for the hold.': '请填写暂停催收的原因。',
        'The hold ends on {until}, before it starts ({start}).': '暂停催收的结束日期 {until} 早于开始日期（{start}）。',
        'Hold {id} does not exist.': '暂停催收 {id} 不存在。',
        'This hold was already lifted.': '该暂停催收已解除。',
        'Give a reason for the dispute.': '请填写争议原因。',
        'Grace days must be 0–90.': '宽限天数必须在 0–90 之间。',
        'Say who approved the grace days.': '请注明宽限天数的批准人。',
        'Unknown kind of contact {kind}.': '未知的联系方式 {kind}。',
        'Unknown call outcome {outcome}.': '未知的通话结果 {outcome}。',
        'The follow-up date is before the contact.': '跟进日期早于本次联系日期。',
        'A promise to pay needs the promised date.': '承诺付款需要填写承诺日期。',
        'Nothing is open for this customer.': '该客户没有未结金额。',
        'Choose the disputed invoices.': '请选择有争议的发票。',
        'Unknown way of sending {value}.': '未知的寄送方式 {value}。',
        'Dunning action {id} does not exist.': '催收记录 {id} 不存在。',
        '{reference} is already cancelled.': '{reference} 已作废。',
        '{reference} is cancelled.': '{reference} 已作废。',
        'The letter writer (PDF) is not available in this version; letters cannot be issued.': '此版本缺少函件（PDF）生成模块，无法出具函件。',
        'Delivered on {date}, before the letter was issued.': '送达日期 {date} 早于函件出具日期。',
        'Choose at least one invoice.': '请至少选择一张发票。',
        'The promised date {date} is before today ({today}).': '承诺日期 {date} 早于今天（{today}）。',
        'The promised amount must be above zero and at most the {open} open.': '承诺金额必须大于零且不超过未结金额 {open}。',
        'Intervals and grace days must be 0–365 days.': '间隔天数和宽限天数必须在 0–365 天之间。',
        'Promise {id} does not exist.': '付款承诺 {id} 不存在。',
        'This promise is already {status}.': '该付款承诺已是“{status}”状态。',
        'An instalment plan has 1–120 parts.': '分期计划的期数须为 1–120 期。',
        'Instalments must be at least one day apart.': '各期之间至少间隔一天。',
        'Give one weight per part.': '请为每一期给出一个权重。',
        'Every instalment must be above zero.': '每期金额必须大于零。',
        'The instalments must add up exactly to the {open} open.': '各期金额之和必须正好等于未结金额 {open}。',
        'Instalment dates must be in order and not before today.': '各期日期须按先后排列，且不得早于今天。',
        'Instalment plan {id} does not exist.': '分期计划 {id} 不存在。',
        'This instalment plan is already {status}.': '该分期计划已是“{status}”状态。',
        'Nothing is open on {number}.': '{number} 没有未结金额。',
        'At least one dunning ladder is needed.': '至少需要一个催收阶梯。',
        'The default ladder {name} does not exist.': '默认催收阶梯 {name} 不存在。',
        'The limitation period must be 1–30 years and its warning window 1–3650 days.': '诉讼时效须为 1–30 年，预警期须为 1–3650 天。',
        'The calendar region and the reference prefix must be short codes.': '日历地区和函件编号前缀须为简短代码。',
        'Unknown kind of late interest {kind}.': '未知的逾期利息类型 {kind}。',
        'An annual interest rate must be above 0 and at most 100 %.': '年利率必须大于 0 且不超过 100%。',
        'A daily interest rate must be above 0 and at most 1 % a day.': '日利率必须大于 0 且不超过每日 1%。',
        'The LPR markup must be 30–50 %.': 'LPR 上浮比例须为 30%–50%。',
        'The points above the reference rate must be 0–20.': '参考利率之上的加点须为 0–20 个百分点。',
        'Ladder {name} needs a name and at least one stage.': '催收阶梯 {name} 需要名称且至少有一个阶段。',
        'Ladder {name}: each stage must come later than the one before it.': '催收阶梯 {name}：每个阶段必须晚于前一阶段。',
        'Ladder {name}: the handover must be the last stage.': '催收阶梯 {name}：移交必须是最后一个阶段。',
        'Grade {grade}: the ladder {name} does not exist.': '等级 {grade}：催收阶梯 {name} 不存在。',
        'A rate table needs increasing dates and rates of 0–100 %.': '利率表的日期须递增，利率须在 0–100% 之间。',
        'The stored dunning settings cannot be read; save them again.': '无法读取已保存的催收设置，请重新保存。',
        'Ladder {name}: unknown action {action}.': '催收阶梯 {name}：未知的催收动作 {action}。',
        'Ladder {name}: unknown letter template {template}.': '催收阶梯 {name}：未知的函件模板 {template}。',
        'Ladder {name}: offsets must be between −365 and 3650 days.': '催收阶梯 {name}：偏移天数须在 −365 到 3650 天之间。',
        'Ladder {name}: a fee must be 0 or more, with at most 3 decimals.': '催收阶梯 {name}：费用须大于或等于 0，最多 3 位小数。',
        'Call': '电话',
        'Letter': '函件',
        'Handover': '移交',
        'Promise due': '承诺到期',
        'Dispute to resolve': '待解决争议',
        'Follow-up': '跟进',
        'Claim expiring': '诉讼时效即将届满',
        'Payment': '收款',
        'Visit': '拜访',
        'Note': '备注',
        'Written acknowledgement': '书面确认',
        'Promise to pay': '承诺付款',
        'Dispute': '争议',
        'Hold': '暂停催收',
        'Instalment plan': '分期计划',
        'Unknown dunning letter {reference}.': '未知的催收函 {reference}。',
        'Stage': '阶段',
        'Action': '动作',
        'Invoices': '发票',
        'Fee': '费用',
        'Interest': '利息',
        'Total due': '应付合计',
        'Expires': '届满日',
        'Days left': '剩余天数',
        'Restarted by': '重新起算依据',
        'Promise {id} recorded: {number} by {date}.': '已记录付款承诺 {id}：{number}，于 {date} 前付款。',
        'Name one invoice, or --customer CODE.': '请指定一张发票，或使用 --customer 客户代码。',
        'Hold {id} set.': '已设置暂停催收 {id}。',
        'Name the invoices, --parts N and --first DATE.': '请指定发票、--parts 期数和 --first 首期日期。',
        'Instalment plan {id}: {count} parts.': '分期计划 {id}：共 {count} 期。',
        '{reference}: delivery recorded.': '{reference}：已记录送达情况。',
        '{reference} cancelled.': '{reference} 已作废。',
        '{code}: {days} grace days.': '{code}：宽限 {days} 天。',
        '{count} dunning action(s) issued for {date}.': '已出具 {date} 的催收记录 {count} 条。',
        '{number}: dispute resolved.': '{number}：争议已解决。',
        '{number} is disputed and leaves the dunning ladder.': '{number} 已标记为有争议，退出催收流程。',
        'Until': '截至',
        'Lifted': '已解除',
        'Reason': '原因',
        'Parts': '分期',
        'Cannot read {path} as UTF-8 text.': '无法以 UTF-8 文本读取 {path}。',
        'Region': '地区',
        '{date} is not in the {region} calendar.': '{date} 不在 {region} 日历中。',
        'Hold {id} lifted.': '暂停催收 {id} 已解除。',
        'Instalment plan {id} cancelled.': '分期计划 {id} 已取消。',
        '{date} added to the {region} calendar.': '已将 {date} 加入 {region} 日历。',
        '{date} removed from the {region} calendar.': '已从 {region} 日历中删除 {date}。',
        '{count} calendar day(s) imported.': '已导入 {count} 个日历日期。',
    },
}
for _ctx, _table in _DUNNING.items():
    for _src, _zh in _table.items():
        BY_CONTEXT.setdefault(_ctx, {}).setdefault(_src, _zh)


# credit scores, grades, limits, reviews (issue 5)
_CREDIT = {
    "messages": {
        'Unknown customer.': '未知客户。',
        'Over the credit limit': '超出信用额度',
        'Over the insured limit': '超出保险限额',
        'Over the warning line': '超过预警线',
        'Grade dropped': '等级下调',
        'Review overdue': '复审逾期',
        'Financials out of date': '财务数据过期',
        'Exposure {exposure} is above the credit limit {limit}.': '风险敞口 {exposure} 超出信用额度 {limit}。',
        'Grade {old} would drop to {new} (score {score}); re-score to save it.': '等级将由 {old} 降为 {new}（评分 {score}）；重新评分后保存。',
        'Review was due on {date} ({days} days ago).': '复审应于 {date} 进行（已过 {days} 天）。',
        'Exposure {exposure} uses {pct} % of the credit limit {limit} (warning line {line} %).': '风险敞口 {exposure} 已占用信用额度 {limit} 的 {pct} %（预警线 {line} %）。',
        'Grade dropped from {old} to {new} on {date}.': '{date} 等级由 {old} 降为 {new}。',
        'A ratio must be 0 or more and below 1000: {value}': '比率须不小于 0 且小于 1000：{value}',
        'Unknown grade {grade}; use A, B, C or D.': '未知等级 {grade}；请用 A、B、C 或 D。',
        'Give the debt-to-assets ratio, the current ratio or both.': '请填写资产负债率、流动比率或两者。',
        "Give the rating's source and grade.": '请填写评级来源和等级。',
        'Unknown event kind {kind}; use {kinds}.': '未知事件类型 {kind}；可用：{kinds}。',
        'An event cannot be cleared before it happened.': '事件的解除日期不能早于发生日期。',
        'Unknown credit event.': '未知信用事件。',
        'An override needs a grade, a limit or both.': '人工调整须指定等级、额度或两者。',
        'A credit limit cannot be negative.': '信用额度不能为负数。',
        'Give the reason for the override.': '请填写人工调整的原因。',
        'The override must run until {start} or later.': '人工调整的截止日期不能早于 {start}。',
        'Unknown override.': '未知人工调整。',
        '{value} is not a number.': '{value} 不是数字。',
        "Give the review's decision.": '请填写复审结论。',
        'The next review must come after the review date.': '下次复审日期须晚于本次复审日期。',
        'Payment behaviour': '付款表现',
        'Current overdue': '当前逾期',
        'Limit utilisation': '额度占用',
        'Relationship length': '合作时长',
        'Financial ratios': '财务比率',
        'External rating': '外部评级',
        'Litigation': '诉讼',
        'Insolvency notice': '破产通知',
        'Returned payment': '退票',
        'Negative event': '负面事件',
        '{late} % of {count} invoices paid in the last 12 months were late; on average {days} days beyond terms (weighted by amount).': '近 12 个月已付的 {count} 张发票中 {late} % 逾期付款；平均超出账期 {days} 天（按金额加权）。',
        '{pct} % of the open invoices is overdue; the oldest item is {days} days past due.': '未结发票中 {pct} % 已逾期；最早一笔已逾期 {days} 天。',
        'Exposure uses {pct} % of the credit limit.': '风险敞口占信用额度的 {pct} %。',
        'No invoices yet.': '尚无发票。',
        'Customer for {months} months (first invoice {date}).': '合作 {months} 个月（首张发票 {date}）。',
        'Debt-to-assets {dta}, current ratio {cr} (statement of {date}).': '资产负债率 {dta}，流动比率 {cr}（{date} 报表）。',
        '{source} rates the customer {grade} ({date}).': '{source} 给予该客户评级 {grade}（{date}）。',
        'Grade set to {grade} by hand until {date}: {reason}': '等级人工设为 {grade}，至 {date}：{reason}',
        'Only {count} invoice(s) paid in the last 12 months: too little history, neutral.': '近 12 个月仅付清 {count} 张发票：历史不足，按中性计分。',
        'Nothing overdue.': '无逾期。',
        'Nothing owed: no part of the credit limit is used.': '无欠款：未占用信用额度。',
        'No credit limit set: neutral.': '未设信用额度：按中性计分。',
        'Exposure above a credit limit of zero.': '信用额度为零但有风险敞口。',
        'No financial statements entered: neutral.': '未录入财务报表：按中性计分。',
        'The latest financial statement ({date}) is older than {months} months: neutral.': '最近的财务报表（{date}）已超过 {months} 个月：按中性计分。',
        'No external rating entered: neutral.': '未录入外部评级：按中性计分。',
        'The external rating of {date} is older than {months} months: neutral.': '{date} 的外部评级已超过 {months} 个月：按中性计分。',
        'External rating {grade} is not in the rating scale: neutral.': '外部评级 {grade} 不在评级对照表中：按中性计分。',
        '{kind} on {date} caps the grade at {grade}.': '{date} 的{kind}使等级最高为 {grade}。',
        'Give each credit factor a weight of 0 or more.': '每个信用因素的权重须不小于 0。',
        'The credit factor weights must add up to 100 (now {total}).': '信用因素权重之和须为 100（当前 {total}）。',
        'The grade thresholds must satisfy 0 < C < B < A ≤ 100.': '等级分数线须满足 0 < C < B < A ≤ 100。',
        'External rating shares must be 0–100 %.': '外部评级得分比例须为 0–100 %。',
        'Each negative event kind needs a grade cap of A, B, C or D.': '每种负面事件须设定等级上限 A、B、C 或 D。',
        'Event durations must be whole months of 1 or more.': '事件有效期须为不少于 1 的整月数。',
        'There must be one grade policy for each of A, B, C and D.': 'A、B、C、D 每个等级须各有一项等级政策。',
        'The neutral share must be 0–100 % and the warning line 1–100 %.': '中性得分比例须为 0–100 %，预警线须为 1–100 %。',
        'Minimum history, staleness and limit rounding must be positive whole numbers.': '最少历史、过期月数和额度取整须为正整数。',
        'The curve {name} needs points with increasing values and shares of 0–100 %.': '曲线 {name} 的取值须递增，得分比例须为 0–100 %。',
        'Grade {grade}: terms must be 0–3650 days and the limit share 0–1000 %.': '等级 {grade}：账期须为 0–3650 天，额度比例须为 0–1000 %。',
        'Grade {grade}: the limit floor must be 0 or more and not above the cap.': '等级 {grade}：额度下限须不小于 0 且不高于上限。',
        'Grade {grade}: reviews must come every 1–60 months.': '等级 {grade}：复审周期须为 1–60 个月。',
        'The stored credit settings cannot be read; save them again.': '无法读取已保存的信用设置，请重新保存。',
        '{customers} customers re-scored as of {date}: {grades} grade changes saved.': '已按 {date} 重新评分 {customers} 个客户：保存了 {grades} 项等级变动。',
        '{customers} customers as of {date}: {grades} would change grade; nothing saved (use --apply).': '截至 {date} 共 {customers} 个客户：{grades} 个等级将变动；未保存（使用 --apply 保存）。',
        'Credit settings saved; as of {date} {moved} customers change grade.': '信用设置已保存；截至 {date} 有 {moved} 个客户等级变动。',
        'Credit settings are valid; as of {date} {moved} customers would change grade. Nothing saved.': '信用设置有效；截至 {date} 将有 {moved} 个客户等级变动。未保存。',
        'Not an amount in {currency}: {value}': '不是有效的 {currency} 金额：{value}',
        'Score': '评分',
        'Grade': '等级',
        'Exposure': '风险敞口',
        'Used %': '占用 %',
        'New grade': '新等级',
        'New limit': '新额度',
        'Alert': '预警',
        'Details': '详情',
        'Last review': '上次复审',
        'Cannot read {path}: {error}': '无法读取 {path}：{error}',
        'Factor': '因素',
        'Points': '得分',
        'Reason': '原因',
        'Financials of {code} dated {date} saved.': '已保存 {code} 于 {date} 的财务数据。',
        'Rating {grade} from {source} saved for {code}.': '已为 {code} 保存 {source} 的评级 {grade}。',
        'Event {id} recorded for {code}.': '已为 {code} 记录事件 {id}。',
        'Override {id} for {code} in force from {start} until {until}.': '{code} 的人工调整 {id} 自 {start} 起生效至 {until}。',
        'Review of {code} recorded: grade {grade}, next review {date}.': '已记录 {code} 的复审：等级 {grade}，下次复审 {date}。',
        '{path} is not a JSON object of credit settings.': '{path} 不是信用设置的 JSON 对象。',
        'score': '评分',
        'grade': '等级',
    },
}
for _ctx, _table in _CREDIT.items():
    for _src, _zh in _table.items():
        BY_CONTEXT.setdefault(_ctx, {}).setdefault(_src, _zh)


# the credit gate on new invoices and imports (issue 5)
_CREDIT_GATE = {
    "messages": {
        "{customer} (grade {grade}) must pay in advance: new invoices are refused unless you give a reason to override.":
            "{customer}（等级 {grade}）须预付款：除非填写原因予以放行，否则不接受新发票。",
        "{customer}: exposure {after} would be over the credit limit {limit}.":
            "{customer}：风险敞口将达 {after}，超出信用额度 {limit}。",
        "{customer}: exposure {after} would pass the warning line ({line} %) of the credit limit {limit}.":
            "{customer}：风险敞口将达 {after}，超过信用额度 {limit} 的预警线（{line} %）。",
        "{count} customer(s) need a reason to accept the new invoices: {first} Give the reason to go ahead (it is kept in the audit log).":
            "{count} 个客户需要填写原因才能接受新发票：{first} 请填写原因后继续（原因会记入审计日志）。",
        "Give a reason for accepting the invoice past the credit check.": "请填写越过信用检查接受该发票的原因。",
    },
    "InvoiceDialog": {
        "Prepayment required": "需要预付款",
        "Credit limit": "信用额度",
        "Order confirmed by the sales manager": "订单已由销售经理确认",
        "Customer paid in advance": "客户已预付",
        "Security or guarantee received": "已收到担保或保证金",
        "Limit increase under review": "额度提升正在审批",
        "Save the invoice": "保存发票",
    },
    "ImportDialog": {
        "… and {n} more customers past the credit check.": "……另有 {n} 个客户未通过信用检查。",
        "… and {n} more.": "……另有 {n} 个。",
        "These invoices take {n} customer(s) past the credit check:": "这些发票会使 {n} 个客户越过信用检查：",
        "Invoices already issued in the ERP": "发票已在 ERP 中开具",
        "Orders approved by the sales manager": "订单已由销售经理批准",
        "Opening balances": "期初余额",
        "Credit check": "信用检查",
        "&Import": "导入(&I)",
    },
}
for _ctx, _table in _CREDIT_GATE.items():
    for _src, _zh in _table.items():
        BY_CONTEXT.setdefault(_ctx, {}).setdefault(_src, _zh)


# Collections tab (issue 6 §3): worklist, timeline, calls, disputes, holds, plans, letters
_COLLECTIONS_UI = {
    "Tabs": {
        'Collections': '催收',
    },
    "CollectionsTab": {
        '&Log call…': '记录通话(&L)…',
        ' days': ' 天',
        'Timeline': '时间线',
        'Claims expiring': '时效将届满',
        'Save statement': '保存对账单',
        'PDF files (*.pdf)': 'PDF 文件 (*.pdf)',
        "Issue today's letters…": '出具今日函件…',
        "Review today's dunning steps, issue them, print or save the letters": '审核今日催收步骤，出具并打印或保存函件',
        'Log call…': '记录通话…',
        'Record a call with the selected customer (double-click a row)': '记录与所选客户的通话（双击一行）',
        'Dispute…': '争议…',
        'Flag invoices as disputed; they leave the dunning ladder': '将发票标记为有争议；这些发票退出催收流程',
        'Resolve dispute…': '解决争议…',
        'The invoices return to the dunning ladder': '发票重新进入催收流程',
        'Hold…': '暂停催收…',
        'Stop dunning the customer or some invoices until a date': '在指定日期前暂停对该客户或部分发票的催收',
        'Instalment plan…': '分期计划…',
        'Split what is open into parts with dates': '将未结金额按日期拆分为若干期',
        'Statement PDF…': '对账单 PDF…',
        "Save the selected customer's statement of account": '保存所选客户的对账单',
        'Search customer, invoice, note…  (Ctrl+F)': '搜索客户、发票、备注…  (Ctrl+F)',
        'Everything': '全部',
        'any': '任意',
        'Claims expiring within': '诉讼时效届满期限：',
        'Loading…': '正在加载…',
        'Show:': '显示：',
        'Stage:': '阶段：',
        'Grade:': '等级：',
        'Amount from:': '金额不低于：',
        '{count} claim(s); the red ones expire within 30 days.': '{count} 笔债权；红色的将在 30 天内届满。',
        'Timeline of {customer}, newest first': '{customer} 的时间线（最新在前）',
        '{shown} of {total} to do on {date}': '{date} 待办 {total} 项，显示 {shown} 项',
        'amount {amounts}': '金额 {amounts}',
        'The statement could not be saved: {error}': '无法保存对账单：{error}',
        'Lift hold': '解除暂停催收',
        'Dunning resumes from {date}.': '自 {date} 起恢复催收。',
        '&Lift': '解除(&L)',
        'Cancel letter {reference}': '作废函件 {reference}',
        'The letter and its PDF are kept and marked as cancelled; its invoices fall back to their previous stage.': '函件及其 PDF 将保留并标记为作废；相关发票退回到上一催收阶段。',
        'Cancel &letter': '作废函件(&L)',
        'Delivery…': '送达…',
        'How the letter selected in the timeline was sent, its proof and delivery date': '时间线中所选函件的寄送方式、凭证和送达日期',
        'Cancel letter…': '作废函件…',
        'Cancel the letter selected in the timeline': '作废时间线中所选的函件',
        'Lift hold…': '解除暂停…',
        'Lift the hold selected in the timeline': '解除时间线中所选的暂停催收',
    },
    "DeliveryDialog": {
        'Delivery of {reference}': '{reference} 的送达',
        'A letter with proof that it reached the customer (e.g. an EMS tracking number stating the contents) restarts the limitation period.': '有送达凭证的函件（例如注明内容的 EMS 快递单号）可中断诉讼时效。',
        'post': '平信',
        'registered mail': '挂号信',
        'EMS (tracked)': 'EMS（可追踪）',
        'e-mail': '电子邮件',
        'by hand': '专人送达',
        'Sent by:': '寄送方式：',
        'Tracking number, receipt…': '快递单号、回执…',
        'Proof:': '凭证：',
        'delivered on': '送达日期',
    },
    "CollectionsModel": {
        'To do': '待办',
        'Customer': '客户',
        'Grade': '等级',
        'Stage': '阶段',
        'Amount': '金额',
        'Days': '天数',
        'Amount × age': '金额 × 账龄',
        'Invoices': '发票',
        'Detail': '详情',
        'Date': '日期',
        'What': '事项',
        'Expires on': '届满日',
        'Days left': '剩余天数',
        'Invoice': '发票',
        'Open': '未结',
        'Due': '到期日',
        'Last restarted': '最近中断',
        'Letter': '函件',
        'Total due': '应付合计',
        '{days} days left': '剩余 {days} 天',
        'Days overdue (the oldest invoice), or days left before a claim expires': '逾期天数（最早一张发票），或诉讼时效届满前的剩余天数',
        'no letter (call)': '无函件（电话）',
        'The default order: amount (whole units) times days': '默认排序：金额（整数单位）乘以天数',
        'Friendly reminder': '友好提醒',
        'First reminder': '首次催款',
        'Formal demand': '催告函',
        'Final notice': '最后通知',
        'Handover notice': '移交通知',
        'Chinese': '中文',
        'English': '英文',
    },
    "InvoiceChecklist": {
        '{number}  due {due}  ·  {days} days overdue  ·  {amount} {currency} open': '{number}  到期 {due}  ·  逾期 {days} 天  ·  未结 {amount} {currency}',
    },
    "LogCallDialog": {
        '&Reached': '已接通(&R)',
        '&No answer': '无人接听(&N)',
        '&Promise to pay': '承诺付款(&P)',
        '&Dispute': '争议(&D)',
        'O&ther': '其他(&T)',
        'Promise to pay': '承诺付款',
        'empty: everything open on the ticked invoices': '留空：所勾选发票的全部未结金额',
        'Pays by:': '付款日期：',
        'Amount:': '金额：',
        'Dispute': '争议',
        'Type or pick a reason': '输入或选择原因',
        'Reason:': '原因：',
        'Invoices:': '发票：',
        'Who you spoke to, what was said': '与谁通话，谈了什么',
        '&Note:': '备注(&N)：',
        'Call again on': '再次致电日期',
        '&Save': '保存(&S)',
        'How did the call go?': '通话结果如何？',
        'Log call — {customer}': '记录通话 — {customer}',
        'Tick the invoices the customer promised to pay.': '请勾选客户承诺付款的发票。',
        'Tick the disputed invoices.': '请勾选有争议的发票。',
        'Give a reason for the dispute.': '请填写争议原因。',
    },
    "DisputeReasons": {
        'Goods not received': '未收到货物',
        'Goods damaged or wrong': '货物损坏或错误',
        'Price differs from the order': '价格与订单不符',
        'Invoice already paid': '发票已付款',
        'Waiting for a credit note': '等待贷项通知单',
    },
    "DisputeDialog": {
        'Reason (kept in the history):': '原因（记入历史）：',
        'How it was settled': '如何解决',
        'Type or pick a reason': '输入或选择原因',
        '&Resolve': '解决(&R)',
        '&Flag as disputed': '标记为争议(&F)',
        'The ticked invoices are no longer disputed and return to the dunning ladder.': '所勾选的发票不再有争议，重新进入催收流程。',
        'The ticked invoices are flagged as disputed and leave the dunning ladder until the dispute is resolved.': '所勾选的发票被标记为有争议，在争议解决前退出催收流程。',
        'Resolve dispute — {customer}': '解决争议 — {customer}',
        'Dispute — {customer}': '争议 — {customer}',
        'No disputed invoices.': '没有有争议的发票。',
        'Nothing is open for this customer.': '该客户没有未结金额。',
    },
    "HoldDialog": {
        'The whole &customer': '整个客户(&C)',
        'Only the ticked &invoices': '仅所勾选的发票(&I)',
        'Type or pick a reason': '输入或选择原因',
        'Reason:': '原因：',
        'until': '截至',
        'Ends:': '结束：',
        '&Hold': '暂停(&H)',
        'No reminders or letters go out while the hold lasts; dunning resumes by itself after the end date.': '暂停期间不发送提醒或函件；结束日期之后自动恢复催收。',
        'Negotiating a settlement': '正在协商和解',
        'Customer in restructuring': '客户正在重组',
        'Agreed with sales': '已与销售部门商定',
        'Waiting for documents': '等待文件',
        '(untick: until lifted)': '（不勾选：直至解除）',
        'Hold dunning — {customer}': '暂停催收 — {customer}',
    },
    "PlanDialog": {
        ' days': ' 天',
        'S&plit': '拆分(&P)',
        'Parts:': '期数：',
        'Grace per part:': '每期宽限：',
        '&Create plan': '创建计划(&C)',
        'Invoices in the plan (they leave the dunning ladder while the plan is kept; a missed part resumes dunning):': '计划内的发票（计划履行期间退出催收流程；错过一期即恢复催收）：',
        'parts, first on': '期，首期于',
        'then every': '之后每隔',
        'Due date': '到期日',
        'Amount': '金额',
        '{n} parts: {sum} of {total} {currency} open': '{n} 期：{sum}，未结 {total} {currency}',
        'Instalment plan — {customer}': '分期计划 — {customer}',
        'Part {n} has no amount.': '第 {n} 期没有金额。',
        '{diff} {currency} not covered': '尚有 {diff} {currency} 未覆盖',
    },
    "IssueLettersDialog": {
        "Issue today's letters": '出具今日函件',
        'Finding what is due today…': '正在查找今日到期的事项…',
        'Tick &all': '全选(&A)',
        'Tick &none': '全不选(&N)',
        'post': '平信',
        'registered mail': '挂号信',
        'EMS (tracked)': 'EMS（可追踪）',
        'e-mail': '电子邮件',
        'by hand': '专人送达',
        'Delivery proof (tracking number…), can be added later': '送达凭证（快递单号…），可稍后补充',
        'Cancel': '取消',
        '&Issue': '出具(&I)',
        '&Print…': '打印(&P)…',
        '&Save PDFs to folder…': '将 PDF 保存到文件夹(&S)…',
        'Save the letters to a folder': '将函件保存到文件夹',
        'Print letters': '打印函件',
        'Sent by:': '寄送方式：',
        '{count} letter(s) saved to {folder}.': '已将 {count} 份函件保存到 {folder}。',
        'A print preview needs the Qt PDF module, which this installation does not have. The {count} letter(s) were saved to\n{folder}\nand the folder is opened now: print them from your PDF viewer.': '打印预览需要 Qt PDF 模块，当前安装中没有该模块。{count} 份函件已保存到\n{folder}\n现在打开该文件夹：请用 PDF 阅读器打印。',
        '&Issue {count} letter(s)': '出具 {count} 份函件(&I)',
        'Cancelled: the rest was not issued.': '已取消：其余函件未出具。',
        'Issuing {count} letter(s)…': '正在出具 {count} 份函件…',
        '{new} issued now ({again} already issued before).': '本次出具 {new} 份（{again} 份此前已出具）。',
        '{count} letter(s) of the day can be printed or saved.': '当天的 {count} 份函件可以打印或保存。',
        'The letters could not be saved: {error}': '无法保存函件：{error}',
        '{count} step(s) due on {date}: untick what should not go out, then Issue.': '{date} 有 {count} 个催收步骤到期：取消勾选不应发出的，然后出具。',
        'Nothing more to issue for {date}.': '{date} 没有更多需要出具的函件。',
    },
}
for _ctx, _table in _COLLECTIONS_UI.items():
    for _src, _zh in _table.items():
        BY_CONTEXT.setdefault(_ctx, {}).setdefault(_src, _zh)     # an entry made elsewhere wins


# trade-credit insurance (issue 5)
_INSURANCE = {
    "messages": {
        'Notify the insurer': '通知保险公司',
        'Extension period ends': '延展期届满',
        'File the claim': '提交索赔',
        'The warning window must be 0 to 365 days.': '预警期须为0至365天。',
        'Enter the insurer.': '请填写保险公司。',
        'Enter the policy number.': '请填写保单号。',
        'The policy ends on {end}, before it starts ({start}).': '保单终止日{end}早于起始日（{start}）。',
        'The indemnity must be above 0 % and at most 100 %.': '赔偿比例须大于0%且不超过100%。',
        'A period must be 0 to 3650 days or months.': '期限须为0至3650天或月。',
        'A period is counted in days or months.': '期限以天或月计算。',
        'The claim deadline counts from the notification, the due date or the end of the extension period.': '索赔期限自报损日、到期日或延展期届满日起算。',
        'An amount cannot be negative.': '金额不能为负数。',
        'A policy numbered {number} exists already.': '保单号{number}已存在。',
        'Policy {id} does not exist.': '保单{id}不存在。',
        'Unknown policy {number}.': '未知保单{number}。',
        'Unknown status {status}.': '未知状态{status}。',
        'The limit ends on {end}, before it starts ({start}).': '限额终止日{end}早于起始日（{start}）。',
        "The limit's validity lies outside the policy period {start}–{end}.": '限额有效期不在保单期间{start}–{end}内。',
        'A withdrawn limit needs the day its cover ended.': '已撤销的限额须填写保障终止日。',
        'This buyer already has an approved limit under the policy from {start}; end it before entering a new one.': '该买方在本保单下已有自{start}起的批复限额，请先终止再录入新限额。',
        'Insured buyer {id} does not exist.': '被保买方{id}不存在。',
        'Invoice {number} is not insured: no approved buyer limit covers its issue date.': '发票{number}未投保：其开票日不在任何批复买方限额有效期内。',
        'Invoice {number} is not overdue on {date}.': '发票{number}在{date}尚未逾期。',
        'Invoice {number} was notified already.': '发票{number}已报损。',
        'Draft': '草稿',
        'Filed': '已提交',
        'Sales contract': '销售合同',
        'Copies of the invoices': '发票复印件',
        'Proof of delivery': '交货证明',
        'Customs declaration': '报关单',
        'Statement of account': '对账单',
        'Collection records (letters, calls, promises)': '催收记录（催款函、电话、承诺）',
        'Overdue notification to the insurer': '可能损失通知书',
        "Buyer's acknowledgement of the debt": '买方债务确认书',
        'Other': '其他',
        'The customer has no overdue insured invoice open on {date} that is not in a claim already.': '该客户在{date}没有尚未索赔的逾期投保发票。',
        "Invoice {number} cannot be claimed: it must be this customer's, insured under the policy, overdue and open on {date}.": '发票{number}不能索赔：须为该客户在本保单下投保、于{date}逾期且未结清的发票。',
        'Invoice {number} is in claim {reference} already.': '发票{number}已在索赔{reference}中。',
        'Claim {id} does not exist.': '索赔{id}不存在。',
        'Only a draft claim can be filed; {reference} is {status}.': '只有草稿状态的索赔可以提交；{reference}当前为{status}。',
        'A claim cannot be filed before it was opened ({date}).': '提交日不能早于索赔创建日（{date}）。',
        "Nothing is outstanding on the claim's invoices on {date}.": '{date}索赔发票已无未付金额。',
        'Only a filed claim can be paid; {reference} is {status}.': '只有已提交的索赔可以赔付；{reference}当前为{status}。',
        'The amount must be above zero.': '金额须大于零。',
        'The decision cannot be dated before the filing ({date}).': '决定日期不能早于提交日（{date}）。',
        'Only a filed claim can be rejected; {reference} is {status}.': '只有已提交的索赔可以拒赔；{reference}当前为{status}。',
        "Give the insurer's reason.": '请填写保险公司的理由。',
        'Recoveries are recorded after the claim is paid; {reference} is {status}.': '追回款须在赔付后登记；{reference}当前为{status}。',
        'A recovery cannot be dated before the claim was paid ({date}).': '追回日期不能早于赔付日（{date}）。',
        'Unknown document {kind}.': '未知单证{kind}。',
        'Unknown claim {reference}.': '未知索赔{reference}。',
        'Unknown letter language {language}; use zh or en.': '未知函件语言{language}，请用zh或en。',
        'Exposure {exposure} is above the insured limit {limit} of policy {policy} by {over}; the excess is not insured.': '风险敞口{exposure}超出保单{policy}的保险限额{limit}达{over}，超出部分不受保障。',
        'Not a percentage: {value}': '不是百分比：{value}',
        'Insurer': '保险公司',
        'Period': '保险期间',
        'Indemnity': '赔偿比例',
        'Deductible': '免赔额',
        'Buyers': '买方数',
        'Policy': '保单',
        'Insured limit': '保险限额',
        'Valid': '有效期',
        'Over by': '超出',
        'Next': '下一步',
        'Notify by': '报损截止',
        'Extension ends': '延展期届满',
        'Claim by': '索赔截止',
        'Claim': '索赔',
        'Opened': '创建日',
        'Claimable': '可索赔',
        'Recovered': '已追回',
        'Policy {number} saved (id {id}).': '保单{number}已保存（编号{id}）。',
        'Insured limit {id} ends on {date}.': '保险限额{id}于{date}终止。',
        'Insured limit {id} for {code} saved.': '已保存{code}的保险限额{id}。',
        'Invoice {number} notified to the insurer on {date}.': '发票{number}已于{date}向保险公司报损。',
        'Claim {reference} opened for {code}: {count} invoice(s), {currency} {amount} claimable if filed on {date}.': '已为{code}创建索赔{reference}：{count}张发票，若于{date}提交可索赔{currency} {amount}。',
        'Claim {reference} filed on {date}: {currency} {amount} claimable.': '索赔{reference}已于{date}提交：可索赔{currency} {amount}。',
        'Claim {reference} paid on {date}.': '索赔{reference}已于{date}赔付。',
        'Claim {reference} rejected on {date}.': '索赔{reference}已于{date}被拒赔。',
        'Recovery of {currency} {amount} recorded for claim {reference}.': '已登记索赔{reference}的追回款{currency} {amount}。',
        'Document list of claim {reference} updated.': '索赔{reference}的单证清单已更新。',
        'Claim pack written to {path}': '索赔材料已写入{path}',
    },
}
for _ctx, _table in _INSURANCE.items():
    for _src, _zh in _table.items():
        BY_CONTEXT.setdefault(_ctx, {}).setdefault(_src, _zh)


_CREDIT_UI = {
    "Tabs": {"Credit": "信用"},
    "SettingsDialog": {"Credit": "信用"},
    "MainWindow": {
        "⚠ {n} credit alerts": "⚠ {n} 条信用预警",
        "Show the customers with credit alerts": "显示有信用预警的客户",
    },
    "credit_forms": {
        "{text} is not a number.": "{text} 不是数字。",
        "{text} is not a number of 0 or more.": "{text} 不是大于或等于 0 的数字。",
    },
    "CustomerTableModel": {
        "over limit": "超额",
        "Grade": "等级",
        "Credit grade today (Credit tab)": "当前信用等级（见“信用”页）",
        "Utilisation": "额度占用",
        "Exposure as a share of the credit limit": "风险敞口占信用额度的比例",
    },
    "CreditTab": {
        "Score breakdown": "评分明细",
        "Review worklist": "复审清单",
        "&Review…": "复审(&R)…",
        "&Financials…": "财务数据(&F)…",
        "External ra&ting…": "外部评级(&T)…",
        "Negative &events…": "负面事件(&E)…",
        "&Override…": "人工调整(&O)…",
        "Re-&score all…": "全部重新评分(&S)…",
        "Search code or name…  (Ctrl+F)": "搜索编号或名称…  (Ctrl+F)",
        "All grades": "全部等级",
        "Grade {grade}": "{grade} 级",
        "&Alerts only": "仅预警(&A)",
        "Reviews &due": "待复审(&D)",
        "&Review customer…": "复审客户(&R)…",
        "{n} reviews due by {date} (overdue first, then by due date)":
            "截至 {date} 共 {n} 项待复审（逾期的在前，其余按到期日排列）",
        "Review worklist ({n})": "复审清单（{n}）",
        "Select a customer to see how its grade is made up.": "选择一个客户以查看其等级的构成。",
        "{n} customers": "{n} 个客户",
        "{shown} of {total} customers": "显示 {shown} / {total} 个客户",
        "{n} with alerts": "{n} 个有预警",
    },
    "CreditTableModel": {
        "Limit set by an override": "额度由人工调整设定",
        "Limit follows the grade rule": "额度按等级规则计算",
        "Limit entered by hand": "额度为手工录入",
        "over limit": "超额",
        "no limit": "无额度",
        "Score alone gives {grade}": "仅按评分为 {grade} 级",
        "Saved grade: {grade}": "已保存等级：{grade}",
        "Grade": "等级",
        "Score": "评分",
        "Limit": "额度",
        "Exposure": "风险敞口",
        "Open invoices less unapplied credit notes and payments": "未结发票减去未核销的贷项通知单和收款",
        "Utilisation": "额度占用",
        "Next review": "下次复审",
        "Alerts": "预警",
    },
    "ReviewTableModel": {
        "Saved grade": "已保存等级",
        "Score": "评分",
        "Last review": "上次复审",
        "Due": "到期日",
        "Days overdue": "逾期天数",
    },
    "ScoreBreakdown": {
        "Days beyond terms": "超期天数",
        "Paid late (%)": "逾期付款比例（%）",
        "Invoices paid": "已付发票数",
        "Overdue share (%)": "逾期占比（%）",
        "Oldest overdue (days)": "最久逾期（天）",
        "Utilisation (%)": "额度占用（%）",
        "Months": "月数",
        "First invoice": "首张发票",
        "Statement": "报表日期",
        "Debt-to-assets": "资产负债率",
        "Current ratio": "流动比率",
        "Source": "来源",
        "Grade": "等级",
        "Rated on": "评级日期",
        "little history, neutral": "历史记录太少，按中性计",
        "no limit, neutral": "无额度，按中性计",
        "no financials, neutral": "无财务数据，按中性计",
        "financials out of date, neutral": "财务数据过期，按中性计",
        "no rating, neutral": "无评级，按中性计",
        "rating out of date, neutral": "评级过期，按中性计",
        "rating not in the scale, neutral": "评级不在对照表中，按中性计",
        "within the limit": "未超额度",
        "over the warning line": "超过预警线",
        "over the limit": "超出额度",
        "no limit set": "未设额度",
        "Grade {grade} — score {score} / 100": "等级 {grade} —— 评分 {score} / 100",
        "(A ≥ {a}, B ≥ {b}, C ≥ {c})": "（A ≥ {a}，B ≥ {b}，C ≥ {c}）",
        "Why {grade}?": "为什么是 {grade}？",
        "Factor": "因素",
        "Measured": "测得数值",
        "Points": "得分",
        "Reason": "原因",
        "Total": "合计",
        "The score alone gives {score_grade}; the negative events cap it at {grade}.":
            "仅按评分为 {score_grade} 级；负面事件将等级限制为 {grade}。",
        "Limit set to {limit} by hand until {date}: {reason}": "额度人工设为 {limit}，有效至 {date}：{reason}",
        "Some amounts could not be converted (no exchange rate for {list}).":
            "部分金额无法折算（缺少 {list} 的汇率）。",
        "Exposure {exposure} {currency}; no credit limit set.": "风险敞口 {exposure} {currency}；未设信用额度。",
        "Exposure {exposure} of a limit of {limit} {currency} ({pct}, {status}; warning line {line} %).":
            "风险敞口 {exposure}，信用额度 {limit} {currency}（{pct}，{status}；预警线 {line} %）。",
        "Open invoices {open}, unapplied credit notes {credits}, unapplied payments {payments}.":
            "未结发票 {open}，未核销贷项通知单 {credits}，未核销收款 {payments}。",
        "{source}; the grade rule gives {limit}.": "{source}；按等级规则为 {limit}。",
        "{source}.": "{source}。",
        "Grade {grade} policy: {days} days' terms; new invoices need prepayment.":
            "{grade} 级政策：账期 {days} 天；新发票须预付。",
        "Grade {grade} policy: {days} days' terms.": "{grade} 级政策：账期 {days} 天。",
        "Next review: {date}.": "下次复审：{date}。",
        "Not scored yet: re-score to set the next review date.": "尚未评分：重新评分后将设定下次复审日期。",
    },
    "FinancialsDialog": {
        "Financial ratios — {customer}": "财务比率 —— {customer}",
        "&Statement date:": "报表日期(&S)：",
        "e.g. 0.62": "例如 0.62",
        "&Debt-to-assets ratio:": "资产负债率(&D)：",
        "e.g. 1.35": "例如 1.35",
        "&Current ratio:": "流动比率(&C)：",
        "&Note:": "备注(&N)：",
        "Enter the ratios as decimals (0.62, not 62 %). A statement older than the staleness limit "
        "counts as neutral.": "比率按小数填写（0.62，而不是 62 %）。超过有效期的报表按中性计。",
    },
    "RatingDialog": {
        "External rating — {customer}": "外部评级 —— {customer}",
        "&Source:": "来源(&S)：",
        "&Grade:": "等级(&G)：",
        "&Rated on:": "评级日期(&R)：",
        "&Note:": "备注(&N)：",
    },
    "EventsDialog": {
        "Negative events — {customer}": "负面事件 —— {customer}",
        "Date": "日期",
        "Event": "事件",
        "Note": "备注",
        "Cleared on": "解除日期",
        "&Clear selected…": "解除所选(&C)…",
        "Add an event": "新增事件",
        "&Kind:": "类型(&K)：",
        "&Date:": "日期(&D)：",
        "&Note:": "备注(&N)：",
        "&Add event": "新增事件(&A)",
        "An uncleared event caps the grade (insolvency at D, litigation and returned payments at C by "
        "default).": "未解除的事件会限制等级（默认：破产通知限为 D，诉讼和退票限为 C）。",
        "Clear event": "解除事件",
        "Cleared on {date}. Note (e.g. case closed):": "解除日期 {date}。备注（例如：已结案）：",
    },
    "OverrideDialog": {
        "Override — {customer}": "人工调整 —— {customer}",
        "Computed grade {grade} (score {score}); limit in force {limit}.":
            "计算等级 {grade}（评分 {score}）；现行额度 {limit}。",
        "none": "无",
        "Grade": "等级",
        "Limit": "额度",
        "From": "起始",
        "Until": "截止",
        "Reason": "原因",
        "&Revoke selected…": "撤销所选(&R)…",
        "New override": "新的人工调整",
        "(keep the computed grade)": "（保留计算等级）",
        "&Grade:": "等级(&G)：",
        "blank: keep the limit": "留空：保留额度",
        "&Limit ({currency}):": "额度（{currency}）(&L)：",
        "&From:": "起始(&F)：",
        "&Until:": "截止(&U)：",
        "&Reason:": "原因(&R)：",
        "Revoke override": "撤销人工调整",
        "Reason:": "原因：",
        "Give a reason.": "请填写原因。",
    },
    "RescoreDialog": {
        "Re-score all customers": "全部客户重新评分",
        "Score as of:": "评分基准日：",
        "&Preview": "预览(&P)",
        "Preview shows who would change grade or limit; nothing is saved until you apply.":
            "预览显示哪些客户的等级或额度会变化；点击应用之前不会保存。",
        "Code": "编号",
        "Name": "名称",
        "Grade": "等级",
        "Score": "评分",
        "Limit": "额度",
        "Currency": "币种",
        "&Apply": "应用(&A)",
        "Scoring every customer…": "正在为全部客户评分…",
        "Saving the new grades…": "正在保存新等级…",
        "As of {date}: {n} customers scored ({grades}). {moved} would change grade, {limits} limit.":
            "基准日 {date}：已为 {n} 个客户评分（{grades}）。{moved} 个等级将变化，{limits} 个额度将变化。",
        "Saved: {moved} grade changes and {limits} limit changes as of {date}.":
            "已保存：基准日 {date}，等级变化 {moved} 个，额度变化 {limits} 个。",
    },
    "ReviewDialog": {
        "Credit review — {code} · {name}": "信用复审 —— {code} · {name}",
        "Loading chart…": "正在加载图表…",
        "Date": "日期",
        "Reviewer": "复审人",
        "Grade": "等级",
        "Limit": "额度",
        "Score": "评分",
        "Decision": "结论",
        "Next review": "下次复审",
        "Note": "备注",
        "Last reviews": "以往复审",
        "This review": "本次复审",
        "Review &date:": "复审日期(&D)：",
        "Re&viewer:": "复审人(&V)：",
        "Current grade:": "当前等级：",
        "{saved} saved, {grade} computed (score {score})": "已保存 {saved}，计算为 {grade}（评分 {score}）",
        "Confirmed": "维持",
        "Upgraded": "上调",
        "Downgraded": "下调",
        "Limit changed": "调整额度",
        "Put on watch": "列入观察",
        "Prepayment only": "仅限预付",
        "D&ecision:": "结论(&E)：",
        "Keep {grade} (computed)": "保留 {grade}（计算等级）",
        "New &grade:": "新等级(&G)：",
        "blank: keep {limit}": "留空：保留 {limit}",
        "no limit": "无额度",
        "New &limit ({currency}):": "新额度（{currency}）(&L)：",
        "Set the &next review by hand": "手工设定下次复审日期(&N)",
        "Next re&view:": "下次复审(&V)：",
        "What was looked at, who was spoken to, conditions…": "审查了哪些资料、与谁沟通、附加条件…",
        "&Note:": "备注(&N)：",
        "&Record review": "记录复审(&R)",
        "No invoices paid in the last 12 months.": "近 12 个月没有已付清的发票。",
        "paid on time": "按时付款",
        "paid late": "逾期付款",
        "days beyond terms (right)": "超期天数（右轴）",
        "Invoices paid per month, last 12 months": "近 12 个月每月付清的发票",
    },
    "CreditSettingsForm": {
        "Factor weights (points out of 100)": "因素权重（满分 100）",
        "Grades and limits": "等级与额度",
        "(below: D)": "（以下：D）",
        "Minimum score:": "最低评分：",
        "&Warning line (share of the limit):": "预警线（占额度比例）(&W)：",
        "&Neutral share (a factor without data):": "中性得分比例（无数据的因素）(&N)：",
        "Fewest invoices &paid for a payment history:": "形成付款记录所需最少已付发票数(&P)：",
        " months": " 个月",
        "Financials and ratings out of date &after:": "财务数据和评级过期期限(&A)：",
        "Grade policies": "等级政策",
        "Terms\n(days)": "账期\n（天）",
        "Limit: % of\n12 months' sales": "额度：近 12 个月\n销售额的 %",
        "Floor ({currency})": "下限（{currency}）",
        "Cap ({currency})": "上限（{currency}）",
        "Review every\n(months)": "复审周期\n（月）",
        "Prepay-\nment": "预付",
        "Dunning ladder": "催收流程",
        "no cap": "无上限",
        "&Preview": "预览(&P)",
        "Preview shows how many customers would move grade with these values, before you save them.":
            "保存之前，预览显示按这些数值会有多少客户的等级变化。",
        "Total: {total} of 100": "合计：{total} / 100",
        "Grade {grade}: {problem}": "{grade} 级：{problem}",
        "Scoring every customer with the new values…": "正在按新数值为全部客户评分…",
        "{moved} of {total} customers would move grade: {up} up, {down} down.":
            "{total} 个客户中有 {moved} 个等级将变化：上调 {up} 个，下调 {down} 个。",
    },
}
_CREDIT_UI["CreditTab"]["Insurance"] = "信用保险"
_CREDIT_UI["InsuranceModels"] = {
    "{n} months": "{n} 个月",
    "{n} days": "{n} 天",
    "missed by {n} days": "已错过 {n} 天",
    "{n} days left": "还剩 {n} 天",
    "Next deadline": "下一期限",
    "By": "截止日",
    "Days left": "剩余天数",
    "Code": "客户编号",
    "Name": "客户名称",
    "Invoice": "发票",
    "Due": "到期日",
    "Open": "未结",
    "Currency": "币种",
    "Notify by": "报损截止",
    "Notified on {date}": "已于 {date} 报损",
    "Notified": "报损日期",
    "Extension ends": "延展期结束",
    "Claim by": "索赔截止",
    "Estimated: the insurer has not been notified yet": "估算值：尚未向保险人报损",
    "Policy": "保单",
    "Claim": "索赔",
    "Insurer": "保险人",
    "Policy number": "保单号",
    "Period": "保险期间",
    "Indemnity": "赔偿比例",
    "Max. extension": "最长延展期",
    "Notify overdue after": "逾期报损期限",
    "Claim within": "索赔期限",
    "Deductible": "免赔额",
    "Buyers": "买方数",
    "Insured limit": "保险限额",
    "Valid from": "生效日",
    "Valid to": "失效日",
    "Status": "状态",
    "Reference": "批复编号",
    "Opened": "立案日期",
    "Filed": "提交日期",
    "Invoices": "发票数",
    "Claimable": "可索赔金额",
    "Paid": "已赔付",
    "Recovered": "已追回",
}
_CREDIT_UI["InsuranceSection"] = {
    "Deadlines": "期限",
    "Policies": "保单",
    "Insured buyers": "承保买方",
    "Claim &pack PDF…": "索赔材料 PDF(&P)…",
    "Language:": "语言：",
    "Claims": "索赔",
    "Policies: {policies} · insured buyers: {buyers} · overdue insured invoices: {n} ({missed} "
    "deadline(s) missed, {soon} coming up) · claims: {claims}":
        "保单：{policies} 张 · 承保买方：{buyers} 个 · 逾期的承保发票：{n} 张（{missed} 个期限已错过，{soon} 个即将到期）· 索赔：{claims} 笔",
    "Insurance ({n})": "信用保险（{n}）",
    "Insurance": "信用保险",
    "Save claim pack": "保存索赔材料",
    "PDF files (*.pdf)": "PDF 文件 (*.pdf)",
    "Claim pack written to {path}": "索赔材料已保存到 {path}",
}
for _ctx, _table in _CREDIT_UI.items():
    for _src, _zh in _table.items():
        BY_CONTEXT.setdefault(_ctx, {}).setdefault(_src, _zh)     # an entry made elsewhere wins


# reliability: storage location warnings and hostile workbooks (issue 8)
_RELIABILITY = {
    "messages": {
        "{path} is on a network drive ({fs}). SQLite databases must not be shared over a network file system: the file can be damaged. Keep the database on this computer's own disk and use File → Backup… to share copies.":
            "{path} 位于网络驱动器上（{fs}）。SQLite 数据库不能通过网络文件系统共享，否则文件可能损坏。请把数据库放在本机硬盘上，需要共享时用「文件 → 备份…」分享副本。",
        "{path} is in a folder synchronised by {service}. The sync can copy the database while ARDesk writes to it and damage it or lose recent work. Keep the database outside synced folders and put backups there instead.":
            "{path} 位于由 {service} 同步的文件夹中。同步程序可能在 ARDesk 写入时复制数据库，导致文件损坏或丢失最近的修改。请把数据库放在同步文件夹之外，只把备份放进同步文件夹。",
        "Warning:": "警告：",
        "{file} is not a normal Excel workbook ({reason}); it is not read.": "{file} 不是正常的 Excel 工作簿（{reason}），未读取。",
    },
    "FileOps": {
        "Database location": "数据库位置",
    },
}
for _ctx, _table in _RELIABILITY.items():
    for _src, _zh in _table.items():
        BY_CONTEXT.setdefault(_ctx, {}).setdefault(_src, _zh)


# closing the window while data is being changed (issue 8, item 14)
_CLOSE_BUSY = {
    "MainWindow": {
        "Closing when the running work has finished…": "正在等待进行中的工作完成后关闭…",
        "Work in progress": "工作进行中",
        "This is still running:": "以下工作仍在进行：",
        "Close ARDesk when it has finished, or cancel it (nothing of it is kept) and close?":
            "等它完成后关闭 ARDesk，还是取消它（其改动全部不保留）并关闭？",
        "Finish, then close": "完成后关闭",
        "Cancel it and close": "取消并关闭",
        "Keep working": "继续工作",
    },
    "BankTab": {
        "Importing {file}": "正在导入 {file}",
        "Auto-matching statement lines": "正在自动匹配对账单流水",
    },
}
for _ctx, _table in _CLOSE_BUSY.items():
    for _src, _zh in _table.items():
        BY_CONTEXT.setdefault(_ctx, {}).setdefault(_src, _zh)

# e-mailing letters: SMTP settings, sending, `mail` and `dunning mail` (issue 6 §5)
_MAIL = {
    "messages": {
        "Enter the mail server's name (e.g. smtp.example.com).": "请输入邮件服务器名称（例如 smtp.example.com）。",
        "The port must be 1–65535.": "端口必须在 1–65535 之间。",
        "Unknown connection security {value}: none, starttls or ssl.": "未知的连接安全方式 {value}：应为 none、starttls 或 ssl。",
        "The sender address {address} is not an e-mail address.": "发件人地址 {address} 不是有效的电子邮件地址。",
        "The reply-to address {address} is not an e-mail address.": "回复地址 {address} 不是有效的电子邮件地址。",
        "The timeout must be 1–300 seconds.": "超时时间必须在 1–300 秒之间。",
        "Letter {reference} is cancelled; it is not e-mailed.": "函件 {reference} 已作废，不发送邮件。",
        "{reference} has no letter PDF to send.": "{reference} 没有可发送的函件 PDF。",
        "Customer {customer} has no e-mail address; letter {reference} was not sent.":
            "客户 {customer} 没有电子邮件地址，函件 {reference} 未发送。",
        "The e-mail address {address} of customer {customer} is not valid; letter {reference} was not sent.":
            "客户 {customer} 的电子邮件地址 {address} 无效，函件 {reference} 未发送。",
        "No password for {user} on {server}: enter it in Settings → E-mail.":
            "没有 {user} 在 {server} 上的密码：请在「设置 → 电子邮件」中输入。",
        "{address} is not an e-mail address.": "{address} 不是有效的电子邮件地址。",
        "The mail server {server} refused the login of {user}: wrong user name or password ({reason}).":
            "邮件服务器 {server} 拒绝了 {user} 的登录：用户名或密码错误（{reason}）。",
        "The mail server {server} refused the sender {address}: {reason}": "邮件服务器 {server} 拒绝了发件人 {address}：{reason}",
        "The mail server {server} does not support this: {reason}": "邮件服务器 {server} 不支持此操作：{reason}",
        "The secure connection to {server} failed: {reason}": "与 {server} 的加密连接失败：{reason}",
        "The mail server {server} did not answer within {seconds} seconds.": "邮件服务器 {server} 在 {seconds} 秒内没有响应。",
        "The mail server {server} closed the connection: {reason}": "邮件服务器 {server} 关闭了连接：{reason}",
        "The mail server {server} failed: {reason}": "邮件服务器 {server} 出错：{reason}",
        "The mail server {server} did not accept the message: {reason}": "邮件服务器 {server} 未接受该邮件：{reason}",
        "Could not connect to the mail server {server}: {reason}": "无法连接邮件服务器 {server}：{reason}",
        "The mail server {server} requires a login: enter the user name and password in Settings → E-mail.":
            "邮件服务器 {server} 需要登录：请在「设置 → 电子邮件」中输入用户名和密码。",
        "The mail server {server} does not offer STARTTLS: choose another connection security or ask your mail provider.":
            "邮件服务器 {server} 不提供 STARTTLS：请选择其他连接安全方式，或咨询您的邮件服务商。",
        "The mail server {server} does not accept a login (AUTH) on this connection; check the connection security.":
            "邮件服务器 {server} 在此连接上不接受登录（AUTH），请检查连接安全方式。",
        "The mail server {server} refused the address {address} of customer {customer}: {reason}":
            "邮件服务器 {server} 拒绝了客户 {customer} 的地址 {address}：{reason}",
        "{reference} was already e-mailed.": "{reference} 已通过电子邮件发送过。",
        "system keyring": "系统密钥环",
        "not kept (no system keyring); use {variable}": "未保存（没有系统密钥环）；请使用 {variable}",
        "The e-mail settings are not complete: set them with `mail settings --server … --from …`.":
            "电子邮件设置不完整：请用 `mail settings --server … --from …` 设置。",
        "Setting": "设置项",
        "Value": "值",
        "sent": "已发送",
        "skipped": "已跳过",
        "failed": "失败",
        "Letter": "函件",
        "Customer": "客户",
        "Result": "结果",
        "Details": "详情",
        "Test mail sent to {address}: {answer}": "测试邮件已发送至 {address}：{answer}",
        "{sent} of {count} letter(s) e-mailed.": "共 {count} 封函件，已通过电子邮件发送 {sent} 封。",
        "Password for {user} on {server}: ": "{user} 在 {server} 上的密码：",
        "No system keyring on this computer: the password is not kept. Set {variable} for the commands that send mail.":
            "本机没有系统密钥环：密码不会被保存。发送邮件的命令请设置环境变量 {variable}。",
        "No letters were issued on {date}.": "{date} 没有出具函件。",
    },
    "MailSettingsForm": {
        "Letters can be e-mailed to the customers as PDF attachments through your company's mail server (SMTP).":
            "函件可以通过贵司的邮件服务器（SMTP）以 PDF 附件的形式用电子邮件发送给客户。",
        "&Server:": "服务器(&S)：",
        "STARTTLS (usually port 587)": "STARTTLS（通常为 587 端口）",
        "SSL/TLS (usually port 465)": "SSL/TLS（通常为 465 端口）",
        "None (not encrypted, port 25)": "无（不加密，25 端口）",
        "&Connection security:": "连接安全(&C)：",
        "&Port:": "端口(&P)：",
        "empty: the server needs no login": "留空：服务器无需登录",
        "&User name:": "用户名(&U)：",
        "kept – type to change": "已保存 – 输入新密码可更改",
        "Pass&word:": "密码(&W)：",
        "The password is kept in the system keyring, never in the database.":
            "密码保存在系统密钥环中，绝不写入数据库。",
        "There is no system keyring on this computer: the password is kept in memory only until ARDesk closes, never in the database.":
            "本机没有系统密钥环：密码只保存在内存中，直到关闭 ARDesk，绝不写入数据库。",
        "&From address:": "发件人地址(&F)：",
        "optional": "可选",
        "&Reply-to address:": "回复地址(&R)：",
        " s": " 秒",
        "&Timeout:": "超时(&T)：",
        "Send &test mail": "发送测试邮件(&T)",
        "Test mail to:": "测试邮件发送至：",
        "Sending a test mail…": "正在发送测试邮件…",
        "Test mail sent: {answer}": "测试邮件已发送：{answer}",
    },
    "MailSend": {
        "E-mail letters": "用电子邮件发送函件",
        "E-mail is not set up yet: enter the mail server and the sender address in Settings → E-mail.":
            "尚未设置电子邮件：请在「设置 → 电子邮件」中输入邮件服务器和发件人地址。",
        "Password for {user} on {server}:": "{user} 在 {server} 上的密码：",
        "E-mail {count} letter(s) to the customers as PDF attachments?": "将 {count} 封函件以 PDF 附件形式用电子邮件发送给客户？",
        "{count} customer(s) have no e-mail address: their letters are skipped.":
            "{count} 个客户没有电子邮件地址，其函件将被跳过。",
        "None of these customers has an e-mail address.": "这些客户都没有电子邮件地址。",
        "{reference} {customer}: sent to {address}": "{reference} {customer}：已发送至 {address}",
        "skipped": "已跳过",
        "not sent": "未发送",
        "{sent} of {count} letter(s) e-mailed.": "共 {count} 封函件，已通过电子邮件发送 {sent} 封。",
    },
    "IssueLettersDialog": {
        "&E-mail…": "电子邮件(&E)…",
        "E-mailing letters": "正在用电子邮件发送函件",
        "E-mailing {count} letter(s)…": "正在用电子邮件发送 {count} 封函件…",
    },
    "SettingsDialog": {
        "E-mail": "电子邮件",
    },
}
for _ctx, _table in _MAIL.items():
    for _src, _zh in _table.items():
        BY_CONTEXT.setdefault(_ctx, {}).setdefault(_src, _zh)


# the default dunning ladders' stage names (data that starts as English templates); the same
# names print in Chinese letters
sys.path.insert(0, str(ROOT))
from app.services.dunning.settings import STAGE_NAMES_ZH  # noqa: E402

_LADDER_NAMES = {"messages": dict(STAGE_NAMES_ZH)}
for _ctx, _table in _LADDER_NAMES.items():
    for _src, _zh in _table.items():
        BY_CONTEXT.setdefault(_ctx, {}).setdefault(_src, _zh)


# the instalment plan's part rows
BY_CONTEXT.setdefault("PlanDialog", {}).setdefault("Part", "期")


def _load_blocks() -> None:
    """More tables, one file per area in tools/zh_CN/ (each a ``BLOCK = {context: {source:
    text}}``), merged in name order; an entry made above or in an earlier file wins."""
    import runpy
    for path in sorted((ROOT / "tools" / "zh_CN").glob("*.py")):
        for ctx, table in runpy.run_path(str(path))["BLOCK"].items():
            for src, zh in table.items():
                BY_CONTEXT.setdefault(ctx, {}).setdefault(src, zh)


_load_blocks()


def placeholders(text: str) -> set[str]:
    """Names of the ``{fields}`` in a str.format template."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def lookup(context: str, source: str, comment: str = "") -> str | None:
    """Translation for a message; a disambiguation comment is keyed as "source|comment"."""
    table = BY_CONTEXT.get(context, {})
    keys = ([f"{source}|{comment}"] if comment else []) + [source]
    for key in keys:
        if key in table:
            return table[key]
        if key in COMMON:
            return COMMON[key]
    return None


def fill(ts: Path, write: bool) -> tuple[int, int, list[tuple[str, str]]]:
    """Apply the tables to ``ts``; returns (filled, changed, missing)."""
    tree = ET.parse(ts)
    filled = changed = 0
    missing: list[tuple[str, str]] = []
    bad: list[str] = []
    for ctx in tree.getroot().findall("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.findall("message"):
            source = m.findtext("source") or ""
            tr = m.find("translation")
            if tr is None:
                continue
            if tr.get("type") in ("vanished", "obsolete"):
                continue
            text = lookup(name, source, m.findtext("comment") or "")
            if text is None:
                if tr.get("type") == "unfinished" or not tr.text:
                    missing.append((name, source))
                continue
            if placeholders(text) != placeholders(source):
                bad.append(f"[{name}] {source!r}: {sorted(placeholders(text))} "
                           f"!= {sorted(placeholders(source))}")
                continue
            if tr.get("type") == "unfinished":
                filled += 1
            elif tr.text != text:
                changed += 1
            else:
                continue
            tr.text = text
            tr.attrib.pop("type", None)
    if bad:
        sys.exit("placeholders differ:\n" + "\n".join(bad))
    if write and (filled or changed):
        ET.indent(tree, space="    ")
        with open(ts, "wb") as fh:
            fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(fh, encoding="utf-8", xml_declaration=False)
            fh.write(b"\n")
    return filled, changed, missing


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="only report, do not write")
    ap.add_argument("--ts", type=Path, default=TS)
    args = ap.parse_args()
    filled, changed, missing = fill(args.ts, write=not args.check)
    for ctx, src in missing:
        print(f"missing [{ctx}] {src!r}")
    verb = "would fill" if args.check else "filled"
    print(f"{verb} {filled}, updated {changed}, {len(missing)} without a translation")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
