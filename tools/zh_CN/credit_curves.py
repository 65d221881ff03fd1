# Translations of the credit curve editor (issue 5 §1): factor curves, external rating scale,
# negative-event caps in the Settings dialog's Credit page.
BLOCK = {
    "messages": {
        "Days beyond terms": "超期天数",
        "Invoices paid late": "逾期付款发票",
        "Overdue share": "逾期占比",
        "Oldest overdue item": "最久逾期项",
        "Utilisation": "额度占用率",
        "Months as a customer": "合作月数",
        "Debt-to-assets ratio": "资产负债率",
        "Current ratio": "流动比率",
        "days paid after the due date, weighted by amount": "到期后付款天数（按金额加权）",
        "% of the invoices paid in 12 months": "占近 12 个月已付发票的 %",
        "% of the open invoices": "占未结发票的 %",
        "days past the due date": "超过到期日的天数",
        "% of the credit limit": "占信用额度的 %",
        "months since the first invoice": "自首张发票起的月数",
        "total debt ÷ total assets (0.45 = 45 %)": "负债总额 ÷ 资产总额（0.45 = 45 %）",
        "current assets ÷ current liabilities": "流动资产 ÷ 流动负债",
        "Unknown factor curve: {name}.": "未知的因素曲线：{name}。",
        "{factor} – {name}: the curve needs at least one point.": "{factor} – {name}：曲线至少需要一个点。",
        "{factor} – {name}: a curve has at most {max} points.": "{factor} – {name}：一条曲线最多 {max} 个点。",
        "{factor} – {name}, point {point}: enter numbers.": "{factor} – {name}，第 {point} 点：请输入数字。",
        "{factor} – {name}, point {point}: the value must be {low} to {high} ({unit}).":
            "{factor} – {name}，第 {point} 点：取值须在 {low} 到 {high} 之间（{unit}）。",
        "{factor} – {name}, point {point}: the share must be 0–100 %.":
            "{factor} – {name}，第 {point} 点：得分比例须为 0–100 %。",
        "{factor} – {name}, point {point}: use at most {places} decimal places.":
            "{factor} – {name}，第 {point} 点：最多 {places} 位小数。",
        "{factor} – {name}, point {point}: the value {value} must be above the previous point's {previous}; the points are kept in order.":
            "{factor} – {name}，第 {point} 点：取值 {value} 须大于前一点的 {previous}；各点按取值顺序排列。",
        "External rating scale, row {row}: enter the grade.": "外部评级表第 {row} 行：请输入评级。",
        "External rating scale, row {row}: a grade has at most {max} characters.":
            "外部评级表第 {row} 行：评级最多 {max} 个字符。",
        "External rating scale, row {row}: the share of {grade} must be a whole number 0–100 %.":
            "外部评级表第 {row} 行：{grade} 的得分比例须为 0–100 % 的整数。",
        "External rating scale, row {row}: {grade} is already in row {first}.":
            "外部评级表第 {row} 行：{grade} 已在第 {first} 行。",
        "A negative event counts for 1–{max} whole months, or until it is cleared.":
            "负面事件的有效期为 1–{max} 个整月，或直至解除。",
    },
    "CurvePointsModel": {
        "There is no room for another point between these values: change a value first.":
            "这些取值之间已无法再加点：请先修改某个取值。",
        "{factor} – {name}, point {point}: {value} is not a number.":
            "{factor} – {name}，第 {point} 点：{value} 不是数字。",
    },
    "CreditCurvesDialog": {
        "Factor curves, ratings and events": "因素曲线、评级与负面事件",
        "Factor &curves": "因素曲线(&C)",
        "External &ratings": "外部评级(&R)",
        "Negative &events": "负面事件(&E)",
        "Type or double-click to change a value; Enter keeps it, Esc cancels. Delete removes the selected point.":
            "直接输入或双击以修改数值；回车确认，Esc 取消。Delete 键删除所选的点。",
        "&Add point": "添加点(&A)",
        "A new point on the line after the selected one; then change its value or share.":
            "在所选点之后的曲线上添加一个点，然后修改其取值或得分比例。",
        "Re&move": "删除(&M)",
        "Remove the selected point (Delete).": "删除所选的点（Delete）。",
        "Drawing the curve…": "正在绘制曲线…",
        "Restore &this curve": "恢复此曲线(&T)",
        "Put the default points back in the selected curve.": "将所选曲线恢复为默认的点。",
        "Restore a&ll curves": "恢复全部曲线(&L)",
        "Put the default points back in every factor curve.": "将全部因素曲线恢复为默认的点。",
        "Value: {unit}. Share: the part of the factor's {points} points a customer earns at that value. Between two points the share follows a straight line; before the first and after the last point it stays level.":
            "取值：{unit}。得分比例：客户在该取值下获得该因素 {points} 分中的比例。两点之间按直线插值；第一个点之前和最后一个点之后保持不变。",
        "{factor} is the average of this curve and “{other}”.": "{factor}取此曲线与“{other}”的平均值。",
        "Value": "取值",
        "Share (%)": "得分比例（%）",
        "Differs from the default curve.": "与默认曲线不同。",
        "share of the points (%)": "得分比例（%）",
        "Default": "默认",
        "This curve": "此曲线",
        "Select the point to remove.": "请选择要删除的点。",
        "An insurer's or credit bureau's grade entered for a customer earns this share of the External rating factor's {points} points. Grades match whatever their case; a grade not listed here scores neutral and is flagged.":
            "为客户录入的保险公司或征信机构评级，可获得外部评级因素 {points} 分中的这一比例。评级不区分大小写；未列出的评级按中性计分并加标记。",
        "Grade": "评级",
        "Points": "得分",
        "&Add grade": "添加评级(&A)",
        "Re&move grade": "删除评级(&M)",
        "Remove the selected grade (Delete).": "删除所选评级（Delete）。",
        "Restore &defaults": "恢复默认值(&D)",
        "Put the default rating scale back.": "恢复默认的评级表。",
        "A negative event that is not cleared caps the grade: whatever the score, the customer gets no better grade than this one (with several events, the worst cap wins). An event stops counting when it is cleared, or after the months given here.":
            "未解除的负面事件会限制等级：无论评分多高，客户的等级都不会好于此处设定的等级（有多个事件时，取最严格的限制）。事件解除后，或超过此处设定的月数后，不再计入。",
        "Event": "事件",
        "Best grade allowed": "最高允许等级",
        "Counts for": "有效期",
        "until cleared": "直至解除",
        " months": " 个月",
        "0: the event counts until it is cleared.": "0：事件一直计入，直至解除。",
        "Restore de&faults": "恢复默认值(&F)",
        "Put the default grade caps and durations back.": "恢复默认的等级上限和有效期。",
    },
    "CreditSettingsForm": {
        "Factor &curves, ratings and events…": "因素曲线、评级与负面事件(&C)…",
        "How each factor's measured value turns into points, the external rating scale and the grade caps of negative events.":
            "各因素的测量值如何换算成得分、外部评级表，以及负面事件的等级上限。",
        "{count} of {total} factor curves": "{total} 条因素曲线中的 {count} 条",
        "the external rating scale": "外部评级表",
        "the negative-event caps": "负面事件上限",
        "Changed from the defaults: {what}.": "与默认值不同：{what}。",
        ", ": "、",
        "Default curves, rating scale and event caps.": "曲线、评级表和事件上限均为默认值。",
        "Not saved yet.": "尚未保存。",
    },
}
