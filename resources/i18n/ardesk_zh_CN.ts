<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/about.py" line="+21" />
            <source>About {app}</source>
            <translation>关于 {app}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database:</source>
            <translation>数据库：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings:</source>
            <translation>设置：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logs:</source>
            <translation>日志：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Built with:</source>
            <translation>使用的组件：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Accounts receivable and collections for a small finance team.</source>
            <translation>面向小型财务团队的应收账款与催收管理工具。</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../app/ui/actions.py" line="+114" />
            <source>&amp;New database…</source>
            <translation>新建数据库(&amp;N)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Create an empty database for another company</source>
            <translation>为另一家公司创建一个空数据库</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Open database…</source>
            <translation>打开数据库(&amp;O)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open another ARDesk database file</source>
            <translation>打开另一个 ARDesk 数据库文件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import &amp;customers…</source>
            <translation>导入客户(&amp;C)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Import customers from CSV or Excel</source>
            <translation>从 CSV 或 Excel 文件导入客户</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import &amp;invoices…</source>
            <translation>导入发票(&amp;I)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Import invoices from CSV or Excel</source>
            <translation>从 CSV 或 Excel 文件导入发票</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import &amp;payments…</source>
            <translation>导入回款(&amp;P)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Import payments received from CSV or Excel</source>
            <translation>从 CSV 或 Excel 文件导入已收回款</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import &amp;history…</source>
            <translation>导入记录(&amp;H)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>See past imports and undo one</source>
            <translation>查看以往的导入，并可撤销其中一次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Backup…</source>
            <translation>备份(&amp;B)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Write a verified copy of the database</source>
            <translation>写入一份经过校验的数据库副本</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Restore from backup…</source>
            <translation>从备份恢复(&amp;R)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Replace the database by a verified backup</source>
            <translation>用经过校验的备份替换当前数据库</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New…</source>
            <translation>新建(&amp;N)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Find</source>
            <translation>查找(&amp;F)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Search the current list</source>
            <translation>在当前列表中搜索</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Language and company details</source>
            <translation>语言和公司信息</translation>
        </message>
        <message>
            <location line="+2" />
            <source>E&amp;xchange rates…</source>
            <translation>汇率(&amp;X)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dated exchange rates for home-currency totals</source>
            <translation>按日期设置的汇率，用于折算本位币合计</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Letter templates…</source>
            <translation>信函模板(&amp;L)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The wording of the dunning letters and e-mails</source>
            <translation>催款信函和邮件的措辞</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Load the lists again from the database</source>
            <translation>从数据库重新加载列表</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open &amp;data folder</source>
            <translation>打开数据文件夹(&amp;D)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show the folder of the open database</source>
            <translation>显示当前数据库所在的文件夹</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Verify database</source>
            <translation>校验数据库(&amp;V)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Run an integrity check on the open database</source>
            <translation>对当前数据库进行完整性检查</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About ARDesk</source>
            <translation>关于 ARDesk(&amp;A)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open &amp;log folder</source>
            <translation>打开日志文件夹(&amp;L)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Crash reports and logs are kept there</source>
            <translation>崩溃报告和日志保存在此文件夹中</translation>
        </message>
    </context>
    <context>
        <name>AgingItemsDialog</name>
        <message>
            <location filename="../../app/ui/tabs/aging_drill.py" line="+43" />
            <source>All open items</source>
            <translation>全部未结项目</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{customer} — {what}</source>
            <translation>{customer} — {what}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;{customer}&lt;/b&gt; · {currency} · {what} · as of {date}</source>
            <translation>&lt;b&gt;{customer}&lt;/b&gt; · {currency} · {what} · 截至 {date}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Invoice</source>
            <translation>发票</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Credit note</source>
            <translation>贷项通知单</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Number</source>
            <translation>单据号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Issued</source>
            <translation>开票日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open</source>
            <comment>amount still owed</comment>
            <translation>未结金额</translation>
        </message>
        <message>
            <location line="+3" />
            <source>PO number</source>
            <translation>采购单号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Disputed</source>
            <translation>有争议</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Invoices: {n} · open {amount} {currency}</source>
            <translation>发票：{n} 张 · 未结 {amount} {currency}</translation>
        </message>
    </context>
    <context>
        <name>AgingTab</name>
        <message>
            <location filename="../../app/ui/tabs/aging.py" line="+94" />
            <source>All currencies</source>
            <translation>全部币种</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overdue only</source>
            <translation>仅逾期</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search code or name…  (Ctrl+F)</source>
            <translation>搜索客户编号或名称…  (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Excel workbook (.xlsx)…</source>
            <translation>Excel 工作簿 (.xlsx)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV for Excel (.csv)…</source>
            <translation>CSV 文件 (.csv)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF report (.pdf)…</source>
            <translation>PDF 报告 (.pdf)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;As of:</source>
            <translation>截至日期(&amp;A)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>C&amp;urrency:</source>
            <translation>币种(&amp;U)：</translation>
        </message>
        <message>
            <location line="+51" />
            <location line="+2" />
            <source>Loading chart…</source>
            <translation>正在生成图表…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Aging</source>
            <translation>账龄分析</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash-in forecast</source>
            <translation>回款预测</translation>
        </message>
        <message>
            <location line="+132" />
            <source>All currencies in {home} at the rates of {date}: open &lt;b&gt;{total}&lt;/b&gt;, overdue &lt;b&gt;{overdue}&lt;/b&gt;</source>
            <translation>全部币种按 {date} 汇率折合 {home}：未结 &lt;b&gt;{total}&lt;/b&gt;，逾期 &lt;b&gt;{overdue}&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+5" />
            <source>(without {currencies}: no rate)</source>
            <translation>（不含 {currencies}：无汇率）</translation>
        </message>
        <message>
            <location line="+38" />
            <source>No history yet.</source>
            <translation>暂无历史数据。</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{n} rows</source>
            <translation>共 {n} 行</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{shown} of {total} rows</source>
            <translation>{shown} / {total} 行</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing open for these filters.</source>
            <translation>当前筛选条件下没有未结款项。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Total AR ({currency})</source>
            <translation>应收总额（{currency}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overdue %</source>
            <translation>逾期占比 %</translation>
        </message>
        <message>
            <location line="+0" />
            <source>DSO</source>
            <translation>DSO</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CEI</source>
            <translation>回款效率指数 CEI</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&gt;90 days overdue</source>
            <translation>逾期 90 天以上</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CSV file (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF file (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export aging</source>
            <translation>导出账龄分析</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export failed.</source>
            <translation>导出失败。</translation>
        </message>
    </context>
    <context>
        <name>AgingTable</name>
        <message>
            <location filename="../../app/ui/tablemodels/aging.py" line="+47" />
            <source>Total (1 customer)</source>
            <extracomment>model column key of bucket ``i`` is f"b{i}"</extracomment>
            <translation>合计（1 个客户）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Total ({n} customers)</source>
            <translation>合计（{n} 个客户）</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Code</source>
            <translation>客户编号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cur.</source>
            <translation>币种</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Grade</source>
            <translation>信用等级</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Double-click an amount to see its invoices.</source>
            <translation>双击金额可查看对应的发票。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location line="+2" />
            <source>% overdue</source>
            <translation>逾期占比</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Share of the customer's open invoices past their due date.</source>
            <translation>该客户未结发票中已过到期日的比例。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unapplied</source>
            <translation>未核销</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Payments received and credit notes not yet applied to invoices. They lower the net exposure, not the ages.</source>
            <translation>已收但尚未核销到发票的回款和贷项通知单。它们减少净敞口，但不影响账龄。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Net</source>
            <comment>net exposure</comment>
            <translation>净敞口</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open invoices less unapplied payments and credit notes.</source>
            <translation>未结发票减去未核销的回款和贷项通知单。</translation>
        </message>
    </context>
    <context>
        <name>AllocateDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/allocate_dialog.py" line="+35" />
            <source>Allocate oldest first — {code} {name}</source>
            <translation>按最早到期核销 — {code} {name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unallocated payments and credit notes go to the open invoices with the oldest due date first, in the same currency. Nothing is written until you press Allocate.</source>
            <translation>未核销的回款和贷项通知单按到期日从早到晚核销到同一币种的未结发票。按“核销”之前不会写入任何内容。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>dated when the money came in</source>
            <translation>按回款日期记账</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dated {date}</source>
            <translation>按 {date} 记账</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Include &amp;disputed invoices</source>
            <translation>包括有争议的发票(&amp;D)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Allocations:</source>
            <translation>核销日期：</translation>
        </message>
        <message>
            <location line="+8" />
            <source>From</source>
            <translation>来源</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoice</source>
            <translation>发票</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dated</source>
            <translation>核销日期</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Allocate</source>
            <translation>核销(&amp;A)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Credit note {label}</source>
            <translation>贷项通知单 {label}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payment {label}</source>
            <translation>回款 {label}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Nothing to allocate: no unallocated money meets an open invoice in its currency.</source>
            <translation>没有可核销的内容：没有未核销的款项与同币种的未结发票相对应。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{n} allocation(s), {total} in all.</source>
            <translation>共 {n} 笔核销，合计 {total}。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Left unallocated: {amounts}.</source>
            <translation>仍未核销：{amounts}。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Still open afterwards: {amounts}.</source>
            <translation>核销后仍未结：{amounts}。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{n} disputed invoice(s) left alone.</source>
            <translation>{n} 张有争议的发票未核销。</translation>
        </message>
    </context>
    <context>
        <name>BankCandidates</name>
        <message>
            <location filename="../../app/ui/tablemodels/bank.py" line="+130" />
            <source>bank charges</source>
            <translation>银行手续费</translation>
        </message>
        <message>
            <location line="+1" />
            <source>discount</source>
            <translation>现金折扣</translation>
        </message>
        <message>
            <location line="+1" />
            <source>difference</source>
            <translation>差额</translation>
        </message>
        <message>
            <location line="+3" />
            <source>credit {amount}</source>
            <translation>预收 {amount}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Invoices</source>
            <translation>发票</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Difference / credit</source>
            <translation>差额 / 预收</translation>
        </message>
    </context>
    <context>
        <name>BankLineDetail</name>
        <message>
            <location filename="../../app/ui/tabs/bank_detail.py" line="+88" />
            <source>Select a statement line to see its candidates.</source>
            <translation>选择一笔银行流水以查看候选匹配。</translation>
        </message>
        <message>
            <location line="+136" />
            <source>Candidates ({n})</source>
            <translation>候选匹配（{n}）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No candidate found. {why}
Choose the customer and invoices yourself, or ignore the line if it is not a customer payment.</source>
            <translation>未找到候选匹配。{why}
请自行选择客户和发票；如果这不是客户回款，可忽略该流水。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Nothing is booked for this line.</source>
            <translation>该流水没有任何入账。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Matched automatically</source>
            <translation>自动匹配</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Confirmed by hand</source>
            <translation>人工确认</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ignored</source>
            <translation>已忽略</translation>
        </message>
        <message>
            <location line="+1" />
            <source>by {user} on {when}</source>
            <translation>由 {user} 于 {when}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reason: {reason}</source>
            <translation>原因：{reason}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Payment from {customer}</source>
            <translation>来自 {customer} 的回款</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Applied to:</source>
            <translation>核销至：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bank charges</source>
            <translation>银行手续费</translation>
        </message>
        <message>
            <location line="+0" />
            <source>early-payment discount</source>
            <translation>现金折扣</translation>
        </message>
        <message>
            <location line="+1" />
            <source>difference written off</source>
            <translation>差额核销</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{kind} on {number}: {amount} {cur}</source>
            <translation>{number} 的{kind}：{amount} {cur}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Left as customer credit: {amount} {cur}</source>
            <translation>留作客户预收款：{amount} {cur}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Note: {note}</source>
            <translation>备注：{note}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo (Ctrl+Z) restores the invoices as they were before.</source>
            <translation>撤销（Ctrl+Z）会将发票恢复到之前的状态。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Booked</source>
            <translation>记账日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value date</source>
            <translation>起息日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(reversal)</source>
            <translation>（冲正）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payer</source>
            <translation>付款人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Account</source>
            <translation>账号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remittance</source>
            <translation>附言</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bank reference</source>
            <translation>银行流水号</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Why (score {score}):</source>
            <translation>依据（得分 {score}）：</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open invoices</source>
            <translation>未结发票</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a candidate to see the customer's open invoices.</source>
            <translation>选择一个候选匹配以查看该客户的未结发票。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Open invoices of {customer} ({n})</source>
            <translation>{customer} 的未结发票（{n}）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nothing open.</source>
            <translation>没有未结发票。</translation>
        </message>
    </context>
    <context>
        <name>BankLineModel</name>
        <message>
            <location filename="../../app/ui/tablemodels/bank.py" line="-55" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cur.</source>
            <translation>币种</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How sure the match is (0–100)</source>
            <translation>匹配的可信程度（0–100）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payer</source>
            <translation>付款人</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remittance</source>
            <translation>附言</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bank reference</source>
            <translation>银行流水号</translation>
        </message>
    </context>
    <context>
        <name>BankOpenItems</name>
        <message>
            <location line="+54" />
            <source>Invoice</source>
            <translation>发票</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation>未结</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This payment</source>
            <translation>本笔回款</translation>
        </message>
    </context>
    <context>
        <name>BankStatus</name>
        <message>
            <location line="-138" />
            <source>Unmatched</source>
            <translation>未匹配</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Suggested</source>
            <translation>建议匹配</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Auto-matched</source>
            <translation>自动匹配</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Matched</source>
            <translation>已匹配</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ignored</source>
            <translation>已忽略</translation>
        </message>
    </context>
    <context>
        <name>BankTab</name>
        <message>
            <location filename="../../app/ui/tabs/bank.py" line="+110" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+76" />
            <source>&amp;Import statement…</source>
            <translation>导入对账单(&amp;I)…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Import bank statement</source>
            <translation>导入银行对账单</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bank statements ({patterns});;All files (*)</source>
            <translation>银行对账单 ({patterns});;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Importing {file}…</source>
            <translation>正在导入 {file}…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Importing {file}</source>
            <translation>正在导入 {file}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{file} was imported before: nothing imported, {skipped} lines skipped as duplicates.</source>
            <translation>{file} 之前已导入：未导入任何内容，{skipped} 笔流水作为重复项跳过。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file}: {imported} lines imported, {skipped} skipped as duplicates.</source>
            <translation>{file}：已导入 {imported} 笔流水，{skipped} 笔作为重复项跳过。</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+22" />
            <source>Import statement</source>
            <translation>导入对账单</translation>
        </message>
        <message>
            <location line="-19" />
            <source>Match the new lines to open invoices now?</source>
            <translation>现在就将新流水与未结发票匹配吗？</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Auto-match now</source>
            <translation>立即自动匹配(&amp;A)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>You can tell ARDesk which column holds what, and save that layout for this bank.</source>
            <translation>您可以告诉 ARDesk 每一列的内容，并为该银行保存这一格式。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Map columns…</source>
            <translation>指定列(&amp;M)…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Matching…</source>
            <translation>正在匹配…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Auto-matching statement lines</source>
            <translation>正在自动匹配对账单流水</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{lines} lines looked at: {auto} matched automatically, {suggested} with suggestions to review, {unmatched} remain unmatched.</source>
            <translation>共检查 {lines} 笔流水：{auto} 笔自动匹配，{suggested} 笔有待审核的建议，{unmatched} 笔仍未匹配。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Of those unmatched, {debits} are outgoing payments.</source>
            <translation>未匹配的流水中有 {debits} 笔是付款（支出）。</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+28" />
            <location line="+230" />
            <source>Auto-match</source>
            <translation>自动匹配</translation>
        </message>
        <message>
            <location line="-253" />
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Cancelled; nothing was changed.</source>
            <translation>已取消；未做任何更改。</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Ignore line {ref}</source>
            <translation>忽略流水 {ref}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The line is marked as not a customer payment and leaves the review list. Nothing is booked; you can undo it later.</source>
            <translation>该流水将标记为非客户回款，并移出待审核列表。不会入账；之后可以撤销。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Ignore</source>
            <translation>忽略(&amp;I)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The line goes back to the review list as unmatched.</source>
            <translation>该流水将作为未匹配流水回到待审核列表。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The payment, its allocations, any booked difference and the aliases this match taught are removed; the invoices are open again as before. The line goes back to the review list as unmatched.</source>
            <translation>将删除这笔回款、其核销记录、已入账的差额以及此次匹配学到的别名；发票恢复为之前的未结状态。该流水将作为未匹配流水回到待审核列表。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Undo line {ref}</source>
            <translation>撤销流水 {ref}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location line="+127" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{shown} of {total} lines</source>
            <translation>显示 {shown} / 共 {total} 笔流水</translation>
        </message>
        <message>
            <location line="+29" />
            <location line="+94" />
            <source>Import statement…</source>
            <translation>导入对账单…</translation>
        </message>
        <message>
            <location line="-92" />
            <source>Import a camt.053, MT940, OFX or a Chinese bank's CSV/XLS/XLSX export</source>
            <translation>导入 camt.053、MT940、OFX 或国内银行导出的 CSV/XLS/XLSX 文件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Match every open line; apply only the sure ones</source>
            <translation>匹配所有待处理流水；只自动入账有把握的</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Accept</source>
            <translation>确认</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply the selected candidate (Enter)</source>
            <translation>采用选中的候选匹配（Enter）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose another…</source>
            <translation>另选…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pick the customer and invoices yourself; split across invoices</source>
            <translation>自行选择客户和发票；可拆分到多张发票</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave as credit…</source>
            <translation>留作预收…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Book the whole amount as the customer's credit</source>
            <translation>将全部金额记为客户预收款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ignore…</source>
            <translation>忽略…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a customer payment (interest, own transfer, …)</source>
            <translation>非客户回款（利息、内部转账等）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undo…</source>
            <translation>撤销…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo this line's match or ignore (Ctrl+Z)</source>
            <translation>撤销该流水的匹配或忽略（Ctrl+Z）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Search payer, remittance, reference…  (Ctrl+F)</source>
            <translation>搜索付款人、附言、流水号…  (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>All lines</source>
            <translation>全部流水</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To review (unmatched and suggested)</source>
            <translation>待审核（未匹配和建议匹配）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Booked from:</source>
            <translation>记账日期从：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to:</source>
            <translation>至：</translation>
        </message>
        <message>
            <location line="+11" />
            <source>any</source>
            <translation>不限</translation>
        </message>
        <message>
            <location line="+35" />
            <source>No bank statements yet</source>
            <translation>尚无银行对账单</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import a statement from your bank (camt.053, MT940, OFX, or a CSV/Excel export); ARDesk matches the receipts to open invoices.</source>
            <translation>导入银行对账单（camt.053、MT940、OFX 或 CSV/Excel 导出文件）；ARDesk 会将回款与未结发票匹配。</translation>
        </message>
    </context>
    <context>
        <name>BuyerDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/insurance_buyer.py" line="+33" />
            <source>Add insured buyer</source>
            <translation>添加被保险买方</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Type part of the customer's code or name</source>
            <translation>输入客户编号或名称的一部分</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;ustomer:</source>
            <translation>客户(&amp;U)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Policy:</source>
            <translation>保单(&amp;P)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The credit limit the insurer approved for this buyer</source>
            <translation>保险公司为该买方核准的信用限额</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Approved &amp;limit:</source>
            <translation>核准限额(&amp;L)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Valid &amp;from:</source>
            <translation>生效日期(&amp;F)：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Until further notice</source>
            <translation>长期有效</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Valid &amp;to:</source>
            <translation>截止日期(&amp;T)：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Requested and refused decisions give no cover; a withdrawn limit covers invoices issued up to the day it ended</source>
            <translation>申请中和被拒绝的限额不提供保障；已撤销的限额保障截止日前开具的发票</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Status:</source>
            <translation>状态(&amp;S)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>e.g. the insurer's limit decision number</source>
            <translation>例如保险公司的限额批复编号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insurer's &amp;reference:</source>
            <translation>保险公司编号(&amp;R)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>N&amp;ote:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Enter a policy first (Policies → New policy…).</source>
            <translation>请先录入保单（保单 → 新建保单…）。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Choose the customer from the list.</source>
            <translation>请从列表中选择客户。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the policy.</source>
            <translation>请选择保单。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saving insured buyer</source>
            <translation>正在保存被保险买方</translation>
        </message>
    </context>
    <context>
        <name>CalendarDayDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/dunning_calendar.py" line="+70" />
            <source>Add a day to the {region} calendar</source>
            <translation>向 {region} 日历添加日期</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Date:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A holiday is a day off even on a weekday; a make-up working day (调休) is worked even on a weekend</source>
            <translation>节假日即使是工作日也休息；调休上班日即使是周末也上班</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. 国庆节 National Day</source>
            <translation>如 国庆节</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{weekday}, a weekend day</source>
            <translation>{weekday}，周末</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{weekday}, a weekday</source>
            <translation>{weekday}，工作日</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a weekday is a working day anyway</source>
            <translation>工作日本来就上班</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a weekend day is a day off anyway</source>
            <translation>周末本来就休息</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/cancel_dialog.py" line="+29" />
            <source>Invoice</source>
            <translation>发票</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Credit note</source>
            <translation>贷项通知单</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{kind} &lt;b&gt;{number}&lt;/b&gt; · {customer}&lt;br&gt;issued {issue}, due {due} · amount {amount} {cur} · open {open} {cur}</source>
            <translation>{kind} &lt;b&gt;{number}&lt;/b&gt; · {customer}&lt;br&gt;开票日期 {issue}，到期日 {due} · 金额 {amount} {cur} · 未结 {open} {cur}</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Cancel {number}</source>
            <translation>作废 {number}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel invoice</source>
            <translation>作废发票</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel credit note</source>
            <translation>作废贷项通知单</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reason for the cancellation (required, kept in the history):</source>
            <translation>作废原因（必填，将记入变更历史）(&amp;R)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{number} is already cancelled.</source>
            <translation>{number} 已作废。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{number} is written off and cannot be cancelled.</source>
            <translation>{number} 已核销坏账，无法作废。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{number} cannot be cancelled: {count} payment(s) or credit note(s) are applied to it. Undo those allocations first, or issue a credit note for the amount that should no longer be owed.</source>
            <translation>{number} 无法作废：已有 {count} 笔回款或贷项通知单核销到该发票。请先撤销这些核销，或针对不再应收的金额开具贷项通知单。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{number} cannot be cancelled: it is applied to {count} invoice(s). Undo those allocations first.</source>
            <translation>{number} 无法作废：它已核销到 {count} 张发票。请先撤销这些核销。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The document stays in the list as cancelled, with nothing open; the customer no longer owes it. This cannot be undone — to bill again, issue a new invoice.</source>
            <translation>该单据将以“已作废”状态保留在列表中，未结金额为零，客户不再欠付该款项。此操作无法撤销——如需重新开票，请开具新发票。</translation>
        </message>
    </context>
    <context>
        <name>ChooseMatchDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/bank_choose.py" line="+174" />
            <source>Leave as customer credit</source>
            <translation>留作客户预收款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose customer and invoices</source>
            <translation>选择客户和发票</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{date} · &lt;b&gt;{amount} {cur}&lt;/b&gt; · {payer}&lt;br&gt;{remittance}</source>
            <translation>{date} · &lt;b&gt;{amount} {cur}&lt;/b&gt; · {payer}&lt;br&gt;{remittance}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>C&amp;ustomer:</source>
            <translation>客户(&amp;U)：</translation>
        </message>
        <message>
            <location line="+23" />
            <source>stays open (part payment)</source>
            <translation>保持未结（部分回款）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bank charges</source>
            <translation>银行手续费</translation>
        </message>
        <message>
            <location line="+1" />
            <source>early-payment discount</source>
            <translation>现金折扣</translation>
        </message>
        <message>
            <location line="+1" />
            <source>written off as a difference (give a reason)</source>
            <translation>作为差额核销（需填写原因）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What is not paid on a ticked invoice:</source>
            <translation>勾选发票未付清的部分：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>optional; required for a written-off difference</source>
            <translation>可选；核销差额时必填</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Book</source>
            <translation>入账(&amp;B)</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Choose a customer.</source>
            <translation>请选择客户。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{applied} applied is more than the line's {amount}.</source>
            <translation>核销金额 {applied} 超过流水金额 {amount}。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Give a reason for writing off the difference.</source>
            <translation>请填写核销差额的原因。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>This customer has nothing open in {cur}; the amount stays with it as credit.</source>
            <translation>该客户没有 {cur} 未结发票；金额将留作其预收款。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Line {amount} · applied {applied} · left as customer credit {credit}</source>
            <translation>流水 {amount} · 核销 {applied} · 留作客户预收 {credit}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{short} stays open on the ticked invoices.</source>
            <translation>勾选发票上仍有 {short} 未结。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{short} is booked as {kind}.</source>
            <translation>{short} 记为{kind}。</translation>
        </message>
    </context>
    <context>
        <name>ClaimActionDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/insurance_claim.py" line="+278" />
            <source>File claim {reference}</source>
            <translation>提交索赔 {reference}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Claim {reference} paid</source>
            <translation>索赔 {reference} 已赔付</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Claim {reference} rejected</source>
            <translation>索赔 {reference} 被拒赔</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recovery on claim {reference}</source>
            <translation>索赔 {reference} 的追回款</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{reference} · {code} {name} · policy {policy} ({insurer}) · {status}</source>
            <translation>{reference} · {code} {name} · 保单 {policy}（{insurer}）· {status}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Filed on:</source>
            <translation>提交日期(&amp;F)：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Paid on:</source>
            <translation>赔付日期(&amp;P)：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Rejected on:</source>
            <translation>拒赔日期(&amp;R)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Received on:</source>
            <translation>收款日期(&amp;R)：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The insurer's case number, if given</source>
            <translation>保险公司案号（如有）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insurer's &amp;reference:</source>
            <translation>保险公司案号(&amp;R)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Figures stored at filing</source>
            <translation>提交时保存的金额</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Amount:</source>
            <translation>金额(&amp;A)：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Claimed: {amount}</source>
            <translation>索赔金额：{amount}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>N&amp;ote:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>As given in the insurer's decision</source>
            <translation>按保险公司决定书填写</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insurer's &amp;reason:</source>
            <translation>拒赔原因(&amp;R)：</translation>
        </message>
    </context>
    <context>
        <name>ClaimDetailDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/insurance_claim_detail.py" line="+54" />
            <source>Claim {reference} — {code} {name}</source>
            <translation>索赔 {reference} — {code} {name}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Summary</source>
            <translation>概要</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoice</source>
            <translation>发票</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Issued</source>
            <translation>开票日</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+5" />
            <location line="+4" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Outstanding</source>
            <translation>未付金额</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Invoices ({n})</source>
            <translation>发票（{n}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Documents</source>
            <translation>单证</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="-3" />
            <location line="+56" />
            <location line="+154" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="-208" />
            <source>Recoveries ({n})</source>
            <translation>追回款（{n}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>方式</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Details</source>
            <translation>内容</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Invoices</source>
            <translation>发票</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Collection history ({n})</source>
            <translation>催收记录（{n}）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Save checklist</source>
            <translation>保存单证清单(&amp;S)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Claim:</source>
            <translation>索赔：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Buyer:</source>
            <translation>买方：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Policy:</source>
            <translation>保单：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opened on:</source>
            <translation>发起日期：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Filed on:</source>
            <translation>提交日期：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insurer's reference:</source>
            <translation>保险公司案号：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decided on:</source>
            <translation>决定日期：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Paid by the insurer:</source>
            <translation>保险公司赔付：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason for rejection:</source>
            <translation>拒赔原因：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Recovered from the buyer:</source>
            <translation>从买方追回：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Figures stored at filing</source>
            <translation>提交时保存的金额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Figures if filed on {date}</source>
            <translation>若于 {date} 提交的金额</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Tick the documents you have for the claim pack; a note can say where they are or what is still awaited. Unticked lines are listed as missing.</source>
            <translation>勾选已备齐的索赔单证；备注可说明存放位置或尚待补充的内容。未勾选的单证在索赔材料中列为缺失。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Document</source>
            <translation>单证</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Not on the claim's checklist yet; ticking it adds it.</source>
            <translation>尚未列入本索赔的单证清单；勾选即添加。</translation>
        </message>
        <message>
            <location line="+30" />
            <source>{present} of {total} documents present.</source>
            <translation>已备齐 {present} / {total} 项单证。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{n} unsaved changes.</source>
            <translation>{n} 项更改未保存。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Saving the claim's documents</source>
            <translation>正在保存索赔单证</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Save the changes to the documents checklist?</source>
            <translation>是否保存对单证清单的更改？</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Letter</source>
            <translation>催款函</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Call</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Visit</source>
            <translation>拜访</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Acknowledgement</source>
            <translation>债务确认</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Promise to pay</source>
            <translation>付款承诺</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Instalment plan</source>
            <translation>分期付款计划</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dispute</source>
            <translation>争议</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overdue notified to the insurer</source>
            <translation>向保险公司报告逾期</translation>
        </message>
        <message>
            <location line="+8" />
            <source>sent</source>
            <translation>已发送</translation>
        </message>
        <message>
            <location line="+1" />
            <source>delivered</source>
            <translation>已送达</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
    </context>
    <context>
        <name>ClaimFigures</name>
        <message>
            <location filename="../../app/ui/dialogs/insurance_claim.py" line="-285" />
            <source>Outstanding on the invoices:</source>
            <translation>发票未付金额：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insured limit:</source>
            <translation>核准信用限额：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lower of the two:</source>
            <translation>两者较低者：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Less deductible:</source>
            <translation>减：免赔额：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Less first loss:</source>
            <translation>减：起赔额（第一损失）：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Loss for indemnity:</source>
            <translation>赔付基数：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Indemnity:</source>
            <translation>赔偿比例：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Claimable amount:</source>
            <translation>可索赔金额：</translation>
        </message>
    </context>
    <context>
        <name>CollectionsModel</name>
        <message>
            <location filename="../../app/ui/tablemodels/collections.py" line="+61" />
            <source>{days} days left</source>
            <translation>剩余 {days} 天</translation>
        </message>
        <message>
            <location line="+12" />
            <source>To do</source>
            <translation>待办</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+50" />
            <location line="+22" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="-69" />
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+69" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location line="-67" />
            <location line="+26" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="-23" />
            <source>Days</source>
            <translation>天数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Days overdue (the oldest invoice), or days left before a claim expires</source>
            <translation>逾期天数（最早一张发票），或诉讼时效届满前的剩余天数</translation>
        </message>
        <message>
            <location line="-44" />
            <source>pay by {date} · {status}</source>
            <translation>{date} 前付款 · {status}</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Priority {rank}: {amount:,} (home currency, whole units) × {days} day(s) = {weight:,}</source>
            <translation>优先级 {rank}：{amount:,}（本位币，整数单位）× {days} 天 = {weight:,}</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The default order, 1 first: the amount in the home currency times its age in days</source>
            <translation>默认排序，1 为最先：本位币金额 × 逾期天数</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+60" />
            <source>Invoices</source>
            <translation>发票</translation>
        </message>
        <message>
            <location line="-57" />
            <location line="+14" />
            <source>Detail</source>
            <translation>详情</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What</source>
            <translation>事项</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Expires on</source>
            <translation>届满日</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Days left</source>
            <translation>剩余天数</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Invoice</source>
            <translation>发票</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation>未结</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last restarted</source>
            <translation>最近中断</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Friendly reminder</source>
            <translation>友好提醒</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First reminder</source>
            <translation>首次催款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Formal demand</source>
            <translation>催告函</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Final notice</source>
            <translation>最后通知</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Handover notice</source>
            <translation>移交通知</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <location line="+0" />
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Letter</source>
            <translation>函件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no letter (call)</source>
            <translation>无函件（电话）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Total due</source>
            <translation>应付合计</translation>
        </message>
    </context>
    <context>
        <name>CollectionsTab</name>
        <message>
            <location filename="../../app/ui/tabs/collections.py" line="+117" />
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Claims expiring within</source>
            <translation>诉讼时效届满期限：</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Claims expiring</source>
            <translation>时效将届满</translation>
        </message>
        <message>
            <location line="+61" />
            <source>&amp;Log call…</source>
            <translation>记录通话(&amp;L)…</translation>
        </message>
        <message>
            <location line="+100" />
            <source>Lift hold</source>
            <translation>解除暂停催收</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dunning resumes from {date}.</source>
            <translation>自 {date} 起恢复催收。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Lift</source>
            <translation>解除(&amp;L)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cancel letter {reference}</source>
            <translation>作废函件 {reference}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The letter and its PDF are kept and marked as cancelled; its invoices fall back to their previous stage.</source>
            <translation>函件及其 PDF 将保留并标记为作废；相关发票退回到上一催收阶段。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel &amp;letter</source>
            <translation>作废函件(&amp;L)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Cancel promise to pay</source>
            <translation>取消付款承诺</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel instalment plan</source>
            <translation>取消分期计划</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It is kept, marked as cancelled and audited; its invoices return to the dunning ladder.</source>
            <translation>记录会保留并标记为已取消，写入审计日志；相关发票回到催收阶梯。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel &amp;promise</source>
            <translation>取消承诺(&amp;P)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel &amp;plan</source>
            <translation>取消分期(&amp;P)</translation>
        </message>
        <message>
            <location line="+44" />
            <location line="+14" />
            <source>Save statement</source>
            <translation>保存对账单</translation>
        </message>
        <message>
            <location line="-13" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The statement could not be saved: {error}</source>
            <translation>无法保存对账单：{error}</translation>
        </message>
        <message>
            <location line="+30" />
            <source>{count} claim(s); the red ones expire within 30 days.</source>
            <translation>{count} 笔债权；红色的将在 30 天内届满。</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Timeline of {customer}, newest first</source>
            <translation>{customer} 的时间线（最新在前）</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{shown} of {total} to do on {date}</source>
            <translation>{date} 待办 {total} 项，显示 {shown} 项</translation>
        </message>
        <message>
            <location line="+8" />
            <source>amount {amounts}</source>
            <translation>金额 {amounts}</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Issue today's letters…</source>
            <translation>出具今日函件…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Review today's dunning steps, issue them, print or save the letters</source>
            <translation>审核今日催收步骤，出具并打印或保存函件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Letter templates…</source>
            <translation>信函模板…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit the wording of each stage's letter and e-mail, with a live preview</source>
            <translation>编辑每个阶段的信函和邮件措辞，并实时预览</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Log call…</source>
            <translation>记录通话…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record a call with the selected customer (double-click a row)</source>
            <translation>记录与所选客户的通话（双击一行）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dispute…</source>
            <translation>争议…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flag invoices as disputed; they leave the dunning ladder</source>
            <translation>将发票标记为有争议；这些发票退出催收流程</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resolve dispute…</source>
            <translation>解决争议…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The invoices return to the dunning ladder</source>
            <translation>发票重新进入催收流程</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hold…</source>
            <translation>暂停催收…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop dunning the customer or some invoices until a date</source>
            <translation>在指定日期前暂停对该客户或部分发票的催收</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Instalment plan…</source>
            <translation>分期计划…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Split what is open into parts with dates</source>
            <translation>将未结金额按日期拆分为若干期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delivery…</source>
            <translation>送达…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How the letter selected in the timeline was sent, its proof and delivery date</source>
            <translation>时间线中所选函件的寄送方式、凭证和送达日期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel letter…</source>
            <translation>作废函件…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel the letter selected in the timeline</source>
            <translation>作废时间线中所选的函件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lift hold…</source>
            <translation>解除暂停…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lift the hold selected in the timeline</source>
            <translation>解除时间线中所选的暂停催收</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel promise/plan…</source>
            <translation>取消承诺/分期…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel the promise to pay or instalment plan selected in the timeline</source>
            <translation>取消时间线中选中的付款承诺或分期计划</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Statement PDF…</source>
            <translation>对账单 PDF…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the selected customer's statement of account</source>
            <translation>保存所选客户的对账单</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Statements for all…</source>
            <translation>批量对账单…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Statements of account for every customer with open items: a PDF each, one file, or printed</source>
            <translation>为所有有未结项目的客户生成对账单：每户一个 PDF、合并为一个文件，或直接打印</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Search customer, invoice, note…  (Ctrl+F)</source>
            <translation>搜索客户、发票、备注…  (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Everything</source>
            <translation>全部</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+3" />
            <location line="+3" />
            <source>any</source>
            <translation>任意</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stage:</source>
            <translation>阶段：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Grade:</source>
            <translation>等级：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount from:</source>
            <translation>金额不低于：</translation>
        </message>
    </context>
    <context>
        <name>CompanyDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/company_dialog.py" line="+158" />
            <source>Your company</source>
            <translation>本公司信息</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Welcome to ARDesk. Tell it about your own company: the name, address and bank accounts appear on statements and reminder letters. You can change them later in Settings.</source>
            <translation>欢迎使用 ARDesk。请填写本公司的信息：公司名称、地址和银行账户将显示在对账单和催款函上。以后可以在“设置”中修改。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Later</source>
            <translation>稍后</translation>
        </message>
    </context>
    <context>
        <name>CompanyForm</name>
        <message>
            <location line="-139" />
            <source>Company &amp;name:</source>
            <translation>公司名称(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Address:</source>
            <translation>地址(&amp;A)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Tax ID:</source>
            <translation>税号(&amp;T)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. unified social credit code</source>
            <translation>例如统一社会信用代码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Phone:</source>
            <translation>电话(&amp;P)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;E-mail:</source>
            <translation>电子邮箱(&amp;E)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Home currency:</source>
            <translation>记账本位币(&amp;H)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Letters signed &amp;by:</source>
            <translation>函件签署人(&amp;B)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signer's &amp;title:</source>
            <translation>签署人职务(&amp;I)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logo:</source>
            <translation>徽标：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Logo</source>
            <translation>徽标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature image:</source>
            <translation>签名图片：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature image</source>
            <translation>签名图片</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Company seal:</source>
            <translation>公章：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Company seal</source>
            <translation>公章</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The company seal (公章) printed over the signature: a PNG with a transparent background looks best</source>
            <translation>盖在签名上的公章：使用透明背景的 PNG 效果最好</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Bank</source>
            <translation>开户银行</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Account number</source>
            <translation>账号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add account</source>
            <translation>添加账户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Bank accounts:</source>
            <translation>银行账户：</translation>
        </message>
    </context>
    <context>
        <name>CreditCurvesDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/credit_curves.py" line="+78" />
            <source>Factor curves, ratings and events</source>
            <translation>因素曲线、评级与负面事件</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Factor &amp;curves</source>
            <translation>因素曲线(&amp;C)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>External &amp;ratings</source>
            <translation>外部评级(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Negative &amp;events</source>
            <translation>负面事件(&amp;E)</translation>
        </message>
        <message>
            <location line="+64" />
            <source>Type or double-click to change a value; Enter keeps it, Esc cancels. Delete removes the selected point.</source>
            <translation>直接输入或双击以修改数值；回车确认，Esc 取消。Delete 键删除所选的点。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Add point</source>
            <translation>添加点(&amp;A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A new point on the line after the selected one; then change its value or share.</source>
            <translation>在所选点之后的曲线上添加一个点，然后修改其取值或得分比例。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Re&amp;move</source>
            <translation>删除(&amp;M)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected point (Delete).</source>
            <translation>删除所选的点（Delete）。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Drawing the curve…</source>
            <translation>正在绘制曲线…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Restore &amp;this curve</source>
            <translation>恢复此曲线(&amp;T)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put the default points back in the selected curve.</source>
            <translation>将所选曲线恢复为默认的点。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore a&amp;ll curves</source>
            <translation>恢复全部曲线(&amp;L)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put the default points back in every factor curve.</source>
            <translation>将全部因素曲线恢复为默认的点。</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Value: {unit}. Share: the part of the factor's {points} points a customer earns at that value. Between two points the share follows a straight line; before the first and after the last point it stays level.</source>
            <translation>取值：{unit}。得分比例：客户在该取值下获得该因素 {points} 分中的比例。两点之间按直线插值；第一个点之前和最后一个点之后保持不变。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{factor} is the average of this curve and “{other}”.</source>
            <translation>{factor}取此曲线与“{other}”的平均值。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Value</source>
            <translation>取值</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+69" />
            <source>Share (%)</source>
            <translation>得分比例（%）</translation>
        </message>
        <message>
            <location line="-52" />
            <source>Differs from the default curve.</source>
            <translation>与默认曲线不同。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>share of the points (%)</source>
            <translation>得分比例（%）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Default</source>
            <translation>默认</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This curve</source>
            <translation>此曲线</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Select the point to remove.</source>
            <translation>请选择要删除的点。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>An insurer's or credit bureau's grade entered for a customer earns this share of the External rating factor's {points} points. Grades match whatever their case; a grade not listed here scores neutral and is flagged.</source>
            <translation>为客户录入的保险公司或征信机构评级，可获得外部评级因素 {points} 分中的这一比例。评级不区分大小写；未列出的评级按中性计分并加标记。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Grade</source>
            <translation>评级</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Points</source>
            <translation>得分</translation>
        </message>
        <message>
            <location line="+17" />
            <source>&amp;Add grade</source>
            <translation>添加评级(&amp;A)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Re&amp;move grade</source>
            <translation>删除评级(&amp;M)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected grade (Delete).</source>
            <translation>删除所选评级（Delete）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore &amp;defaults</source>
            <translation>恢复默认值(&amp;D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put the default rating scale back.</source>
            <translation>恢复默认的评级表。</translation>
        </message>
        <message>
            <location line="+33" />
            <source>A negative event that is not cleared caps the grade: whatever the score, the customer gets no better grade than this one (with several events, the worst cap wins). An event stops counting when it is cleared, or after the months given here.</source>
            <translation>未解除的负面事件会限制等级：无论评分多高，客户的等级都不会好于此处设定的等级（有多个事件时，取最严格的限制）。事件解除后，或超过此处设定的月数后，不再计入。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Event</source>
            <translation>事件</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Best grade allowed</source>
            <translation>最高允许等级</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counts for</source>
            <translation>有效期</translation>
        </message>
        <message>
            <location line="+14" />
            <source>until cleared</source>
            <translation>直至解除</translation>
        </message>
        <message>
            <location line="+1" />
            <source> months</source>
            <translation> 个月</translation>
        </message>
        <message>
            <location line="+1" />
            <source>0: the event counts until it is cleared.</source>
            <translation>0：事件一直计入，直至解除。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Restore de&amp;faults</source>
            <translation>恢复默认值(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put the default grade caps and durations back.</source>
            <translation>恢复默认的等级上限和有效期。</translation>
        </message>
    </context>
    <context>
        <name>CreditNoteDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/invoice_dialog.py" line="+424" />
            <source>New credit note</source>
            <translation>新建贷项通知单</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Credit note for {number}</source>
            <translation>{number} 的贷项通知单</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Invoice &lt;b&gt;{number}&lt;/b&gt; of {customer} · issued {issue} · amount {amount} {cur} · open &lt;b&gt;{open} {cur}&lt;/b&gt;</source>
            <translation>发票 &lt;b&gt;{number}&lt;/b&gt; · {customer} · 开票日期 {issue} · 金额 {amount} {cur} · 未结 &lt;b&gt;{open} {cur}&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Credit note &amp;date:</source>
            <translation>贷项通知单日期(&amp;D)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Create credit note</source>
            <translation>创建贷项通知单</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Apply to the invoice (reduces what is open on it)</source>
            <translation>核销到该发票（冲减其未结金额）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. goods returned, price correction</source>
            <translation>例如退货、价格调整</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Give a reason for the credit note.</source>
            <translation>请填写开具贷项通知单的原因。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Only {open} {cur} is open on {number}; untick “Apply” for a larger credit.</source>
            <translation>{number} 的未结金额只有 {open} {cur}；如需开具更大金额，请取消勾选“核销到该发票”。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The credit note cannot be dated before the invoice ({date}).</source>
            <translation>贷项通知单日期不能早于发票日期（{date}）。</translation>
        </message>
    </context>
    <context>
        <name>CreditSettingsForm</name>
        <message>
            <location filename="../../app/ui/dialogs/credit_settings.py" line="+75" />
            <source>Factor weights (points out of 100)</source>
            <translation>因素权重（满分 100）</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Factor &amp;curves, ratings and events…</source>
            <translation>因素曲线、评级与负面事件(&amp;C)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How each factor's measured value turns into points, the external rating scale and the grade caps of negative events.</source>
            <translation>各因素的测量值如何换算成得分、外部评级表，以及负面事件的等级上限。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Grades and limits</source>
            <translation>等级与额度</translation>
        </message>
        <message>
            <location line="+9" />
            <source>(below: D)</source>
            <translation>（以下：D）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Minimum score:</source>
            <translation>最低评分：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Warning line (share of the limit):</source>
            <translation>预警线（占额度比例）(&amp;W)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Neutral share (a factor without data):</source>
            <translation>中性得分比例（无数据的因素）(&amp;N)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fewest invoices &amp;paid for a payment history:</source>
            <translation>形成付款记录所需最少已付发票数(&amp;P)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source> months</source>
            <translation> 个月</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Financials and ratings out of date &amp;after:</source>
            <translation>财务数据和评级过期期限(&amp;A)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Grade policies</source>
            <translation>等级政策</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Terms
(days)</source>
            <translation>账期
（天）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Limit: % of
12 months' sales</source>
            <translation>额度：近 12 个月
销售额的 %</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Review every
(months)</source>
            <translation>复审周期
（月）</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Floor ({currency})</source>
            <translation>下限（{currency}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cap ({currency})</source>
            <translation>上限（{currency}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dunning ladder</source>
            <translation>催收流程</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Prepay-
ment</source>
            <translation>预付</translation>
        </message>
        <message>
            <location line="+14" />
            <source>no cap</source>
            <translation>无上限</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Preview</source>
            <translation>预览(&amp;P)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Preview shows how many customers would move grade with these values, before you save them.</source>
            <translation>保存之前，预览显示按这些数值会有多少客户的等级变化。</translation>
        </message>
        <message>
            <location line="+33" />
            <source>No dunning ladder has this name: customers of this grade follow the default ladder</source>
            <translation>没有这个名称的催收阶梯：该等级的客户按默认阶梯催收</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The dunning ladder for this grade (Settings → Dunning)</source>
            <translation>该等级使用的催收阶梯（设置 → 催收）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Total: {total} of 100</source>
            <translation>合计：{total} / 100</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Grade {grade}: {problem}</source>
            <translation>{grade} 级：{problem}</translation>
        </message>
        <message>
            <location line="+50" />
            <source>{count} of {total} factor curves</source>
            <translation>{total} 条因素曲线中的 {count} 条</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the external rating scale</source>
            <translation>外部评级表</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the negative-event caps</source>
            <translation>负面事件上限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed from the defaults: {what}.</source>
            <translation>与默认值不同：{what}。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Default curves, rating scale and event caps.</source>
            <translation>曲线、评级表和事件上限均为默认值。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not saved yet.</source>
            <translation>尚未保存。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Scoring every customer with the new values…</source>
            <translation>正在按新数值为全部客户评分…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{moved} of {total} customers would move grade: {up} up, {down} down.</source>
            <translation>{total} 个客户中有 {moved} 个等级将变化：上调 {up} 个，下调 {down} 个。</translation>
        </message>
    </context>
    <context>
        <name>CreditTab</name>
        <message>
            <location filename="../../app/ui/tabs/credit.py" line="+110" />
            <source>Score breakdown</source>
            <translation>评分明细</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review worklist</source>
            <translation>复审清单</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Insurance</source>
            <translation>信用保险</translation>
        </message>
        <message>
            <location line="+43" />
            <source>&amp;Review…</source>
            <translation>复审(&amp;R)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Financials…</source>
            <translation>财务数据(&amp;F)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>External ra&amp;ting…</source>
            <translation>外部评级(&amp;T)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Negative &amp;events…</source>
            <translation>负面事件(&amp;E)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Override…</source>
            <translation>人工调整(&amp;O)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Re-&amp;score all…</source>
            <translation>全部重新评分(&amp;S)…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Search code or name…  (Ctrl+F)</source>
            <translation>搜索编号或名称…  (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>All grades</source>
            <translation>全部等级</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Grade {grade}</source>
            <translation>{grade} 级</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Alerts only</source>
            <translation>仅预警(&amp;A)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reviews &amp;due</source>
            <translation>待复审(&amp;D)</translation>
        </message>
        <message>
            <location line="+39" />
            <source>&amp;Review customer…</source>
            <translation>复审客户(&amp;R)…</translation>
        </message>
        <message>
            <location line="+101" />
            <source>{n} reviews due by {date} (overdue first, then by due date)</source>
            <translation>截至 {date} 共 {n} 项待复审（逾期的在前，其余按到期日排列）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Review worklist ({n})</source>
            <translation>复审清单（{n}）</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Select a customer to see how its grade is made up.</source>
            <translation>选择一个客户以查看其等级的构成。</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{n} customers</source>
            <translation>{n} 个客户</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{shown} of {total} customers</source>
            <translation>显示 {shown} / {total} 个客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{n} with alerts</source>
            <translation>{n} 个有预警</translation>
        </message>
    </context>
    <context>
        <name>CreditTableModel</name>
        <message>
            <location filename="../../app/ui/tablemodels/credit.py" line="+66" />
            <source>Limit set by an override</source>
            <translation>额度由人工调整设定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Limit follows the grade rule</source>
            <translation>额度按等级规则计算</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Limit entered by hand</source>
            <translation>额度为手工录入</translation>
        </message>
        <message>
            <location line="+7" />
            <source>over limit</source>
            <translation>超额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no limit</source>
            <translation>无额度</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Score alone gives {grade}</source>
            <translation>仅按评分为 {grade} 级</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved grade: {grade}</source>
            <translation>已保存等级：{grade}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Code</source>
            <translation>客户编号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Score</source>
            <translation>评分</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Limit</source>
            <translation>额度</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Exposure</source>
            <translation>风险敞口</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open invoices less unapplied credit notes and payments</source>
            <translation>未结发票减去未核销的贷项通知单和收款</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Utilisation</source>
            <translation>额度占用</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next review</source>
            <translation>下次复审</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Alerts</source>
            <translation>预警</translation>
        </message>
    </context>
    <context>
        <name>CurvePointsModel</name>
        <message>
            <location filename="../../app/ui/tablemodels/credit_curves.py" line="+121" />
            <source>There is no room for another point between these values: change a value first.</source>
            <translation>这些取值之间已无法再加点：请先修改某个取值。</translation>
        </message>
        <message>
            <location line="+38" />
            <source>{factor} – {name}, point {point}: {value} is not a number.</source>
            <translation>{factor} – {name}，第 {point} 点：{value} 不是数字。</translation>
        </message>
    </context>
    <context>
        <name>CustomerDetail</name>
        <message>
            <location filename="../../app/ui/tabs/customer_detail.py" line="+34" />
            <source>Credit note</source>
            <translation>贷项通知单</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Number</source>
            <translation>单据号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Issued</source>
            <translation>开票日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+18" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Open</source>
            <translation>未结金额</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+14" />
            <source>Cur.</source>
            <translation>币种</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Unallocated</source>
            <translation>未核销</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Applied to</source>
            <translation>核销至</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference</source>
            <translation>参考号</translation>
        </message>
    </context>
    <context>
        <name>CustomerDetailPane</name>
        <message>
            <location line="+56" />
            <source>Select a customer to see the details.</source>
            <translation>选择一个客户以查看详细信息。</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Nothing open: every invoice is settled.</source>
            <translation>没有未结项目：所有发票均已结清。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No payments received yet.</source>
            <translation>尚未收到回款。</translation>
        </message>
        <message>
            <location line="+46" />
            <source>inactive</source>
            <translation>已停用</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Open balance</source>
            <translation>未结余额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(oldest {days} days)</source>
            <translation>（最长 {days} 天）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Terms</source>
            <translation>账期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{days} days</source>
            <translation>{days} 天</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Credit limit</source>
            <translation>信用额度</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Other currencies</source>
            <translation>其他币种</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Letters in</source>
            <translation>函件语言</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Also pays as</source>
            <translation>其他付款名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open invoices and credit notes ({n})</source>
            <translation>未结发票和贷项通知单（{n}）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Recent payments ({n})</source>
            <translation>最近回款（{n}）</translation>
        </message>
        <message>
            <location line="+16" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location line="+4" />
            <source>({pct}% used)</source>
            <translation>（已用 {pct}%）</translation>
        </message>
    </context>
    <context>
        <name>CustomerDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/customer_dialog.py" line="+49" />
            <source>{text} is not a percentage.</source>
            <translation>{text} 不是有效的百分比。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The early-payment discount must be between 0 and 50 %.</source>
            <translation>现金折扣必须在 0 到 50 % 之间。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>At most two decimals, e.g. 2.25 %.</source>
            <translation>最多两位小数，例如 2.25 %。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>New customer</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit customer {code}</source>
            <translation>编辑客户 {code}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Code:</source>
            <translation>客户编号(&amp;C)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. C0001</source>
            <translation>例如 C0001</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name:</source>
            <translation>客户名称(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other &amp;names:</source>
            <translation>其他名称(&amp;M)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names it also pays under, one per line</source>
            <translation>客户付款时使用的其他名称，每行一个</translation>
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;urrency:</source>
            <translation>币种(&amp;U)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payment &amp;terms:</source>
            <translation>账期(&amp;T)：</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+12" />
            <location line="+79" />
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <location line="-89" />
            <source>Credit &amp;limit:</source>
            <translation>信用额度(&amp;L)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>empty = no limit</source>
            <translation>留空表示不限额</translation>
        </message>
        <message>
            <location line="+3" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location line="+12" />
            <source>% if paid within</source>
            <translation>%，若在</translation>
        </message>
        <message>
            <location line="+2" />
            <source>of the invoice date</source>
            <translation>内（自开票日起）付款</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Early-payment &amp;discount:</source>
            <translation>现金折扣(&amp;D)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact &amp;person:</source>
            <translation>联系人(&amp;R)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;E-mail:</source>
            <translation>电子邮箱(&amp;E)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Phone:</source>
            <translation>电话(&amp;P)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Address:</source>
            <translation>地址(&amp;A)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Letter lan&amp;guage:</source>
            <translation>函件语言(&amp;G)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>N&amp;otes:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Active (shown in lists and reminders)</source>
            <translation>启用（显示在列表和催款中）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Learned from the &amp;bank:</source>
            <translation>从银行流水学到(&amp;B)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payer names and accounts taught by matches you confirmed on the Bank tab</source>
            <translation>在“银行对账”页确认匹配时学到的付款人名称和账号</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Reason for change:</source>
            <translation>修改原因(&amp;S)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>optional; kept in the change history</source>
            <translation>选填；将记入变更历史</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Extra days after the due date before the overdue dunning stages and late interest start (usually 5–10)</source>
            <translation>到期日后额外给予的天数，期满后才开始逾期催收阶段和计算逾期利息（通常 5–10 天）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Dunn&amp;ing grace:</source>
            <translation>催收宽限期(&amp;I)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Grace appro&amp;ved by:</source>
            <translation>宽限期批准人(&amp;V)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>required when the grace days change</source>
            <translation>修改宽限天数时必填</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Grace &amp;justification:</source>
            <translation>宽限理由(&amp;J)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>optional, e.g. agreed in the annual contract</source>
            <translation>可选，如：年度合同约定</translation>
        </message>
        <message>
            <location line="+6" />
            <source>None so far.</source>
            <translation>尚未设置。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Now {days} days, approved by {who}</source>
            <translation>当前 {days} 天，批准人 {who}</translation>
        </message>
        <message>
            <location line="+2" />
            <source> on {date}</source>
            <translation>，于 {date}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Say who approved the new grace days.</source>
            <translation>请填写新宽限天数的批准人。</translation>
        </message>
    </context>
    <context>
        <name>CustomerPicker</name>
        <message>
            <location filename="../../app/ui/dialogs/invoice_dialog.py" line="-404" />
            <source>Type a code or name…</source>
            <translation>输入客户编号或名称…</translation>
        </message>
    </context>
    <context>
        <name>CustomerTableModel</name>
        <message>
            <location filename="../../app/ui/tablemodels/customers.py" line="+30" />
            <source>{currency} {open} open ({overdue} overdue)</source>
            <translation>未结 {currency} {open}（逾期 {overdue}）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{currency} {open} open</source>
            <translation>未结 {currency} {open}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Also open in other currencies: {list}</source>
            <translation>其他币种的未结金额：{list}</translation>
        </message>
        <message>
            <location line="+23" />
            <source>over limit</source>
            <translation>超额</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{name} (inactive)</source>
            <translation>{name}（已停用）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Also known as: {aliases}</source>
            <translation>别名：{aliases}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Code</source>
            <translation>客户编号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Terms (days)</source>
            <translation>账期（天）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Credit limit</source>
            <translation>信用额度</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Credit grade today (Credit tab)</source>
            <translation>当前信用等级（见“信用”页）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Utilisation</source>
            <translation>额度占用</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Exposure as a share of the credit limit</source>
            <translation>风险敞口占信用额度的比例</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open balance</source>
            <translation>未结余额</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open invoices minus unapplied credit notes, in the customer's currency</source>
            <translation>未结发票减去未核销的贷项通知单，按客户币种计</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Overdue</source>
            <translation>逾期金额</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Days since the oldest unpaid invoice fell due</source>
            <translation>最早一张未结发票自到期日起已过的天数</translation>
        </message>
    </context>
    <context>
        <name>CustomersTab</name>
        <message>
            <location filename="../../app/ui/tabs/customers.py" line="+67" />
            <source>Search code, name, other names…  (Ctrl+F)</source>
            <translation>搜索客户编号、名称、其他名称…  (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show inactive</source>
            <translation>显示已停用</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+312" />
            <location line="+8" />
            <source>New customer…</source>
            <translation>新建客户…</translation>
        </message>
        <message>
            <location line="-319" />
            <location line="+307" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location line="-306" />
            <location line="+247" />
            <location line="+60" />
            <source>Deactivate</source>
            <translation>停用</translation>
        </message>
        <message>
            <location line="-205" />
            <source>&amp;New customer…</source>
            <translation>新建客户(&amp;N)…</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Deactivate customer</source>
            <translation>停用客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deactivate {name} ({code})? It stays in the database with its invoices, but is hidden from the list unless you tick “Show inactive”.</source>
            <translation>停用 {name}（{code}）？该客户及其发票仍保留在数据库中，但除非勾选“显示已停用”，否则不会显示在列表中。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Import customers</source>
            <translation>导入客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Importing is not available in this build.</source>
            <translation>此版本不支持导入。</translation>
        </message>
        <message>
            <location line="+89" />
            <location line="+61" />
            <source>Activate</source>
            <translation>启用</translation>
        </message>
        <message>
            <location line="-55" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{n} customers</source>
            <translation>{n} 个客户</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{shown} of {total} customers</source>
            <translation>显示 {shown} 个，共 {total} 个客户</translation>
        </message>
        <message>
            <location line="+55" />
            <source>No customers yet</source>
            <translation>还没有客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import your customer list from Excel or CSV, or add customers one by one.</source>
            <translation>从 Excel 或 CSV 导入客户清单，或逐个添加客户。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import customers…</source>
            <translation>导入客户…</translation>
        </message>
    </context>
    <context>
        <name>DeliveryDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/collections_delivery.py" line="+25" />
            <source>Delivery of {reference}</source>
            <translation>{reference} 的送达</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A letter with proof that it reached the customer (e.g. an EMS tracking number stating the contents) restarts the limitation period.</source>
            <translation>有送达凭证的函件（例如注明内容的 EMS 快递单号）可中断诉讼时效。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>post</source>
            <translation>平信</translation>
        </message>
        <message>
            <location line="+0" />
            <source>registered mail</source>
            <translation>挂号信</translation>
        </message>
        <message>
            <location line="+1" />
            <source>EMS (tracked)</source>
            <translation>EMS（可追踪）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location line="+0" />
            <source>by hand</source>
            <translation>专人送达</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sent by:</source>
            <translation>寄送方式：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tracking number, receipt…</source>
            <translation>快递单号、回执…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Proof:</source>
            <translation>凭证：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not known yet</source>
            <translation>尚不清楚</translation>
        </message>
        <message>
            <location line="+2" />
            <source>delivered on</source>
            <translation>送达日期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>came back / bounced on</source>
            <translation>退回 / 退信于</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Returned post or an e-mail that bounced: the letter did not reach the customer and restarts nothing</source>
            <translation>邮件被退回或电子邮件退信：函件未送达客户，不中断诉讼时效</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Why (addressee unknown, mailbox full…)</source>
            <translation>原因（查无此人、邮箱已满…）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Outcome:</source>
            <translation>结果：</translation>
        </message>
    </context>
    <context>
        <name>DisputeDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/cancel_dialog.py" line="+24" />
            <source>Mark {number} disputed</source>
            <translation>将 {number} 标记为有争议</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark disputed</source>
            <translation>标记争议</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;What does the customer dispute? (required)</source>
            <translation>客户对什么有异议？（必填）(&amp;W)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A disputed invoice stays open and is shown as disputed until the dispute is cleared.</source>
            <translation>有争议的发票仍为未结，并显示为“有争议”，直到争议解除。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Clear the dispute on {number}</source>
            <translation>解除 {number} 的争议</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear dispute</source>
            <translation>解除争议</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Note (optional):</source>
            <translation>备注（选填）(&amp;N)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Disputed because: {reason}</source>
            <translation>争议原因：{reason}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{number} is a credit note; only invoices can be disputed.</source>
            <translation>{number} 是贷项通知单；只有发票可以标记争议。</translation>
        </message>
        <message>
            <location filename="../../app/ui/dialogs/collections_dispute.py" line="+43" />
            <source>Resolve dispute — {customer}</source>
            <translation>解决争议 — {customer}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The ticked invoices are no longer disputed and return to the dunning ladder.</source>
            <translation>所勾选的发票不再有争议，重新进入催收流程。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Dispute — {customer}</source>
            <translation>争议 — {customer}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The ticked invoices are flagged as disputed and leave the dunning ladder until the dispute is resolved.</source>
            <translation>所勾选的发票被标记为有争议，在争议解决前退出催收流程。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No disputed invoices.</source>
            <translation>没有有争议的发票。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing is open for this customer.</source>
            <translation>该客户没有未结金额。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How it was settled</source>
            <translation>如何解决</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type or pick a reason</source>
            <translation>输入或选择原因</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason (kept in the history):</source>
            <translation>原因（记入历史）：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Resolve</source>
            <translation>解决(&amp;R)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Flag as disputed</source>
            <translation>标记为争议(&amp;F)</translation>
        </message>
    </context>
    <context>
        <name>DunningCalendarDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/dunning_calendar.py" line="-74" />
            <source>Mon</source>
            <translation>周一</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tue</source>
            <translation>周二</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wed</source>
            <translation>周三</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Thu</source>
            <translation>周四</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fri</source>
            <translation>周五</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sat</source>
            <translation>周六</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sun</source>
            <translation>周日</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Holiday</source>
            <translation>节假日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make-up working day</source>
            <translation>调休上班日</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{file}, row {row}, {column}: {problem}</source>
            <translation>{file}，第 {row} 行，{column}：{problem}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>… and {count} more</source>
            <translation>……另有 {count} 处</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Holidays and working days — {region}</source>
            <translation>节假日与工作日 — {region}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Days that differ from the plain week: holidays (no work, even on a weekday) and make-up working days (调休, work even on a weekend). Dunning actions that fall on a non-working day move to the next working day. Each change is saved at once.</source>
            <translation>与普通周历不同的日子：节假日（即使是工作日也休息）和调休上班日（即使是周末也上班）。落在非工作日的催收动作顺延至下一个工作日。每项修改立即保存。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Year:</source>
            <translation>年份(&amp;Y)：</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Weekday</source>
            <translation>星期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+18" />
            <source>&amp;Add…</source>
            <translation>添加(&amp;A)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import CSV…</source>
            <translation>导入 CSV(&amp;I)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A CSV file with the columns date,kind[,region[,name]] (kind: holiday or workday; a header row is optional). Nothing is imported when a row is wrong.</source>
            <translation>CSV 文件，列为 date,kind[,region[,name]]（kind：holiday 或 workday；表头行可选）。任何一行有误则全部不导入。</translation>
        </message>
        <message>
            <location line="+41" />
            <source>{holidays} holiday(s), {workdays} make-up working day(s)</source>
            <translation>{holidays} 个节假日，{workdays} 个调休上班日</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Remove {date} ({name}) from the calendar?</source>
            <translation>从日历中删除 {date}（{name}）？</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remove these {count} days from the calendar?</source>
            <translation>从日历中删除这 {count} 天？</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove days</source>
            <translation>删除日期</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+11" />
            <source>Import CSV</source>
            <translation>导入 CSV</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Nothing was imported from {file}: {count} row(s) are wrong.</source>
            <translation>未从 {file} 导入任何内容：{count} 行有误。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{count} day(s) imported from {file}.</source>
            <translation>已从 {file} 导入 {count} 天。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import holidays and working days</source>
            <translation>导入节假日与工作日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>DunningSettingsForm</name>
        <message>
            <location filename="../../app/ui/dialogs/dunning_settings.py" line="+73" />
            <source>&amp;Ladders</source>
            <translation>催收阶梯(&amp;L)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Rules</source>
            <translation>规则(&amp;R)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Late &amp;interest</source>
            <translation>逾期利息(&amp;I)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>L&amp;adder:</source>
            <translation>阶梯(&amp;A)：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;New…</source>
            <translation>新建(&amp;N)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A new ladder, starting as a copy of the one shown</source>
            <translation>新建阶梯，以当前显示的阶梯为副本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rena&amp;me…</source>
            <translation>重命名(&amp;M)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only a ladder no grade and no customer uses can be deleted</source>
            <translation>只能删除没有等级和客户使用的阶梯</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Add &amp;stage</source>
            <translation>添加阶段(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A new stage after the selected one</source>
            <translation>在所选阶段之后添加新阶段</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remo&amp;ve stage</source>
            <translation>删除阶段(&amp;V)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move &amp;up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move do&amp;wn</source>
            <translation>下移(&amp;W)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Which ladder a customer follows</source>
            <translation>客户适用的催收阶梯</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Customers with&amp;out a grade:</source>
            <translation>无等级的客户(&amp;O)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Chosen &amp;here:</source>
            <translation>在此选择(&amp;H)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>By credit grade:</source>
            <translation>按信用等级：</translation>
        </message>
        <message>
            <location line="+76" />
            <source>Not used by any grade; it can be deleted.</source>
            <translation>没有任何等级使用，可以删除。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>customers without a grade</source>
            <translation>无等级的客户</translation>
        </message>
        <message>
            <location line="+2" />
            <source>grade {grade}</source>
            <translation>{grade} 级</translation>
        </message>
        <message>
            <location line="+2" />
            <source>grade {grade} (credit grade policy)</source>
            <translation>{grade} 级（信用等级政策）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Used by: {uses}</source>
            <translation>使用者：{uses}</translation>
        </message>
        <message>
            <location line="+20" />
            <source>New stage</source>
            <translation>新阶段</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Give the ladder a name.</source>
            <translation>请填写阶梯名称。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A ladder name has at most {n} characters.</source>
            <translation>阶梯名称最多 {n} 个字符。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is already a ladder called {name}.</source>
            <translation>已有名为 {name} 的阶梯。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The credit grade policy of grade {grades} names {name}: choose the ladders here (Chosen here), or change the Credit page first.</source>
            <translation>{grades} 级的信用等级政策引用了 {name}：请在此选择阶梯（在此选择），或先修改“信用”页。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{name} cannot be deleted. {uses}</source>
            <translation>无法删除 {name}。{uses}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>At least one ladder is needed.</source>
            <translation>至少需要一个催收阶梯。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>New ladder</source>
            <translation>新建阶梯</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name of the new ladder (a copy of {name}):</source>
            <translation>新阶梯的名称（复制自 {name}）：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rename ladder</source>
            <translation>重命名阶梯</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New name:</source>
            <translation>新名称：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Delete ladder</source>
            <translation>删除阶梯</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the ladder {name} and its stages?</source>
            <translation>删除阶梯 {name} 及其所有阶段？</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Dunning ladders</source>
            <translation>催收阶梯</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Timing</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+3" />
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Minimum interval between two contacts:</source>
            <translation>两次联系的最短间隔(&amp;M)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>An invoice moves to its next stage only when this many days have passed since its last one</source>
            <translation>距上一阶段满此天数后，发票才进入下一阶段</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Pay within (the letter's pay-by date):</source>
            <translation>付款期限（函件的最晚付款日）(&amp;P)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The pay-by date printed on a letter: its date plus these days, moved to a working day</source>
            <translation>函件上的最晚付款日：函件日期加上此天数，顺延至工作日</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Promise &amp;grace:</source>
            <translation>承诺宽限期(&amp;G)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Days after a promised date before the promise counts as broken</source>
            <translation>承诺付款日后多少天仍未付款才算违约</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Holidays and working days…</source>
            <translation>节假日与工作日(&amp;H)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The region's holidays and make-up working days: add, remove or import next year's schedule</source>
            <translation>该地区的节假日和调休上班日：添加、删除或导入下一年的安排</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Working days:</source>
            <translation>工作日规则(&amp;W)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An action that falls on a non-working day moves to the next working day.</source>
            <translation>落在非工作日的催收动作顺延至下一个工作日。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Limitation period (诉讼时效) and letters</source>
            <translation>诉讼时效与函件</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Limi&amp;tation period:</source>
            <translation>诉讼时效(&amp;T)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source> years</source>
            <translation> 年</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From the due date, restarted by a demand that reached the customer, a partial payment or an acknowledgement</source>
            <translation>自到期日起算；送达客户的催告、部分付款或书面确认会使其重新计算</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Warn &amp;before a claim expires:</source>
            <translation>债权到期前提前预警(&amp;B)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Letter reference pre&amp;fix:</source>
            <translation>函件编号前缀(&amp;F)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Letters are numbered e.g. DN-2026-000123</source>
            <translation>函件编号如 DN-2026-000123</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Letter &amp;paper:</source>
            <translation>函件纸张(&amp;P)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A4 (210 × 297 mm)</source>
            <translation>A4（210 × 297 毫米）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>US Letter (8.5 × 11 in)</source>
            <translation>美式 Letter（8.5 × 11 英寸）</translation>
        </message>
        <message>
            <location line="+65" />
            <source>As the credit grade policies say ({mapping})</source>
            <translation>按信用等级政策（{mapping}）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>(choose the ladder {name} to see it)</source>
            <translation>（选择阶梯 {name} 查看）</translation>
        </message>
    </context>
    <context>
        <name>EndBuyerDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/insurance_buyer.py" line="+11" />
            <source>End insured limit — {code}</source>
            <translation>终止保险限额 — {code}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{code} {name}: {limit} under policy {policy}, valid from {start} ({status}).</source>
            <translation>{code} {name}：保单 {policy} 下限额 {limit}，自 {start} 起有效（{status}）。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The last day the limit covers invoices issued</source>
            <translation>该限额所保障发票的最后开票日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cover &amp;ends on:</source>
            <translation>保障截止日(&amp;E)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unchanged ({status})</source>
            <translation>不变（{status}）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Status:</source>
            <translation>状态(&amp;S)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>e.g. limit withdrawn by the insurer</source>
            <translation>例如保险公司撤销限额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Give a reason (it is kept in the audit log).</source>
            <translation>请填写原因（将记入审计日志）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ending insured limit</source>
            <translation>正在终止保险限额</translation>
        </message>
    </context>
    <context>
        <name>EventsDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/credit_entries.py" line="+174" />
            <source>Negative events — {customer}</source>
            <translation>负面事件 —— {customer}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Event</source>
            <translation>事件</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cleared on</source>
            <translation>解除日期</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Clear selected…</source>
            <translation>解除所选(&amp;C)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add an event</source>
            <translation>新增事件</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Date:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Add event</source>
            <translation>新增事件(&amp;A)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>An uncleared event caps the grade (insolvency at D, litigation and returned payments at C by default).</source>
            <translation>未解除的事件会限制等级（默认：破产通知限为 D，诉讼和退票限为 C）。</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Clear event</source>
            <translation>解除事件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cleared on {date}. Note (e.g. case closed):</source>
            <translation>解除日期 {date}。备注（例如：已结案）：</translation>
        </message>
    </context>
    <context>
        <name>ExchangeRatesDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/rates_dialog.py" line="+40" />
            <source>Exchange rates</source>
            <translation>汇率</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Rates in {home} per one unit of each currency. Reports use the latest rate on or before each date; an amount without a rate is left out of converted totals, with a warning.</source>
            <translation>汇率为每一单位外币折合的 {home} 金额。报表使用每个日期当天或之前最近的汇率；没有汇率的金额不计入折算合计，并给出提示。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>entered</source>
            <translation>手工录入</translation>
        </message>
        <message>
            <location line="+0" />
            <source>imported</source>
            <translation>导入</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rate</source>
            <translation>汇率</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location line="+27" />
            <source>&amp;Set rate</source>
            <translation>设置汇率(&amp;S)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Date:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;urrency:</source>
            <translation>币种(&amp;U)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Rate:</source>
            <translation>汇率(&amp;R)：</translation>
        </message>
        <message>
            <location line="+17" />
            <source>&amp;Remove selected</source>
            <translation>删除所选(&amp;R)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Import CSV…</source>
            <translation>导入 CSV(&amp;I)…</translation>
        </message>
        <message>
            <location line="+38" />
            <source>{text} is not a rate; write it like 7.1234.</source>
            <translation>{text} 不是汇率；请按 7.1234 的格式填写。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{currency} on {date}: {rate}</source>
            <translation>{currency} 于 {date}：{rate}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{currency} on {date} already has this rate.</source>
            <translation>{currency} 于 {date} 已是此汇率。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{n} rate(s) removed.</source>
            <translation>已删除 {n} 条汇率。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Import exchange rates</source>
            <translation>导入汇率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV or Excel files (*.csv *.txt *.xlsx *.xls)</source>
            <translation>CSV 或 Excel 文件 (*.csv *.txt *.xlsx *.xls)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Importing {file}…</source>
            <translation>正在导入 {file}…</translation>
        </message>
    </context>
    <context>
        <name>FileOps</name>
        <message>
            <location filename="../../app/ui/file_ops.py" line="+41" />
            <source>ARDesk database (*.db *.sqlite);;All files (*)</source>
            <translation>ARDesk 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{n} MB</source>
            <translation>{n} MB</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{n} KB</source>
            <translation>{n} KB</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Database in use</source>
            <translation>数据库正在使用中</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database from a newer ARDesk</source>
            <translation>数据库来自较新版本的 ARDesk</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot open the database</source>
            <translation>无法打开数据库</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Create it</source>
            <translation>创建</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open another…</source>
            <translation>打开其他…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New database…</source>
            <translation>新建数据库…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Open database</source>
            <translation>打开数据库</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New database</source>
            <translation>新建数据库</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Database location</source>
            <translation>数据库位置</translation>
        </message>
        <message>
            <location line="+118" />
            <source>Back up the database</source>
            <translation>备份数据库</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Backup written</source>
            <translation>备份完成</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The backup was written and verified:
{path}

{customers} customers, {invoices} invoices, {size}.</source>
            <translation>备份已写入并通过校验：
{path}

{customers} 个客户，{invoices} 张发票，{size}。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Writing the backup…</source>
            <translation>正在写入备份…</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+15" />
            <source>Restore from backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Checking the backup…</source>
            <translation>正在检查备份…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The backup {backup} is sound and contains {customers} customers and {invoices} invoices ({size}).

Replace the open database {db} with it? The current database is saved first, so this can be undone.</source>
            <translation>备份 {backup} 完好，包含 {customers} 个客户和 {invoices} 张发票（{size}）。

是否用它替换当前打开的数据库 {db}？当前数据库会先另存一份，因此此操作可以撤销。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{db} was restored from {backup}: {customers} customers, {invoices} invoices.</source>
            <translation>已从 {backup} 恢复 {db}：{customers} 个客户，{invoices} 张发票。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database it replaced was saved as:
{saved}</source>
            <translation>被替换的数据库已另存为：
{saved}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore finished</source>
            <translation>恢复完成</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Restoring…</source>
            <translation>正在恢复…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Verify database</source>
            <translation>校验数据库</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{path} passed the integrity check: {customers} customers, {invoices} invoices, {size}.</source>
            <translation>{path} 已通过完整性检查：{customers} 个客户，{invoices} 张发票，{size}。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Checking the database…</source>
            <translation>正在检查数据库…</translation>
        </message>
    </context>
    <context>
        <name>FinancialsDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/credit_entries.py" line="-158" />
            <source>Financial ratios — {customer}</source>
            <translation>财务比率 —— {customer}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Statement date:</source>
            <translation>报表日期(&amp;S)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>e.g. 0.62</source>
            <translation>例如 0.62</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Debt-to-assets ratio:</source>
            <translation>资产负债率(&amp;D)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>e.g. 1.35</source>
            <translation>例如 1.35</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Current ratio:</source>
            <translation>流动比率(&amp;C)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the ratios as decimals (0.62, not 62 %). A statement older than the staleness limit counts as neutral.</source>
            <translation>比率按小数填写（0.62，而不是 62 %）。超过有效期的报表按中性计。</translation>
        </message>
    </context>
    <context>
        <name>ForecastPage</name>
        <message>
            <location filename="../../app/ui/tabs/aging_forecast.py" line="+64" />
            <source>Currency:</source>
            <translation>币种：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Loading chart…</source>
            <translation>正在生成图表…</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Week</source>
            <translation>周</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation>起</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To</source>
            <translation>止</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forecast</source>
            <translation>预测</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Expected from each customer's own payment habit (days beyond terms); disputed invoices left out.</source>
            <translation>根据每个客户自身的付款习惯（超期天数）预计；有争议的发票不计入。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pays on due date</source>
            <translation>按到期日付款</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The baseline: every open invoice paid on its due date (overdue ones in week 1).</source>
            <translation>基准：每张未结发票都在到期日付款（已逾期的计入第 1 周）。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location line="+47" />
            <location line="+1" />
            <source>Nothing open to forecast.</source>
            <translation>没有可预测的未结款项。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>W{n}</source>
            <translation>第 {n} 周</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Later / unlikely</source>
            <translation>以后/不太可能收回</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{n} open invoices, {amount} {currency}</source>
            <translation>{n} 张未结发票，{amount} {currency}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>unlikely {amount}</source>
            <translation>不太可能收回 {amount}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} disputed left out ({amount})</source>
            <translation>{n} 张有争议发票未计入（{amount}）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>unapplied payments {amount}</source>
            <translation>未核销回款 {amount}</translation>
        </message>
    </context>
    <context>
        <name>HoldDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/collections_dispute.py" line="+33" />
            <source>Hold dunning — {customer}</source>
            <translation>暂停催收 — {customer}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No reminders or letters go out while the hold lasts; dunning resumes by itself after the end date.</source>
            <translation>暂停期间不发送提醒或函件；结束日期之后自动恢复催收。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The whole &amp;customer</source>
            <translation>整个客户(&amp;C)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only the ticked &amp;invoices</source>
            <translation>仅所勾选的发票(&amp;I)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Negotiating a settlement</source>
            <translation>正在协商和解</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Customer in restructuring</source>
            <translation>客户正在重组</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agreed with sales</source>
            <translation>已与销售部门商定</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Waiting for documents</source>
            <translation>等待文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type or pick a reason</source>
            <translation>输入或选择原因</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>until</source>
            <translation>截至</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(untick: until lifted)</source>
            <translation>（不勾选：直至解除）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ends:</source>
            <translation>结束：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Hold</source>
            <translation>暂停(&amp;H)</translation>
        </message>
    </context>
    <context>
        <name>ImagePicker</name>
        <message>
            <location filename="../../app/ui/dialogs/image_picker.py" line="+64" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Choose an image for: {what}</source>
            <translation>为{what}选择图片</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
            <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Image</source>
            <translation>图片</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} is not an image ARDesk can read.</source>
            <translation>{file} 不是 ARDesk 能读取的图片。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>none</source>
            <translation>无</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/import_dialog.py" line="+103" />
            <source>Import customers</source>
            <translation>导入客户</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Import invoices</source>
            <translation>导入发票</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import payments</source>
            <translation>导入回款</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Choose a CSV or Excel file…</source>
            <translation>选择 CSV 或 Excel 文件…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose &amp;file…</source>
            <translation>选择文件(&amp;F)…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Save mapping as…</source>
            <translation>将列映射另存为…</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+6" />
            <source>as detected</source>
            <translation>自动识别</translation>
        </message>
        <message>
            <location line="-6" />
            <location line="+359" />
            <source>day/month/year</source>
            <translation>日/月/年</translation>
        </message>
        <message>
            <location line="-358" />
            <location line="+358" />
            <source>month/day/year</source>
            <translation>月/日/年</translation>
        </message>
        <message>
            <location line="-353" />
            <source>point: 1,234.56</source>
            <translation>小数点：1,234.56</translation>
        </message>
        <message>
            <location line="+1" />
            <source>comma: 1.234,56</source>
            <translation>逗号：1.234,56</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mapping:</source>
            <translation>列映射：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Dates:</source>
            <translation>日期顺序：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Decimal mark:</source>
            <translation>小数分隔符：</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Preview — choose above each column what it holds</source>
            <translation>预览——请在每列上方选择该列的内容</translation>
        </message>
        <message>
            <location line="+45" />
            <source>&amp;Check</source>
            <translation>检查(&amp;C)</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+319" />
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <location line="-316" />
            <source>Import &amp;valid rows only</source>
            <translation>仅导入有效行(&amp;V)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save &amp;rejected rows…</source>
            <translation>保存被拒绝的行(&amp;R)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Choose the file to import</source>
            <translation>选择要导入的文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spreadsheets (*.csv *.txt *.xlsx *.xlsm *.xls);;All files (*)</source>
            <translation>电子表格 (*.csv *.txt *.xlsx *.xlsm *.xls);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>The file has a header row but no data rows.</source>
            <translation>该文件只有标题行，没有数据行。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>encoding {enc}</source>
            <translation>编码 {enc}</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+216" />
            <source>comma</source>
            <translation>逗号</translation>
        </message>
        <message>
            <location line="-216" />
            <source>semicolon</source>
            <translation>分号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>tab</source>
            <translation>制表符</translation>
        </message>
        <message>
            <location line="+1" />
            <source>vertical bar</source>
            <translation>竖线</translation>
        </message>
        <message>
            <location line="+1" />
            <source>delimiter: {d}</source>
            <translation>分隔符：{d}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>sheet {name}</source>
            <translation>工作表 {name}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>header in row {row}</source>
            <translation>标题行在第 {row} 行</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} data rows</source>
            <translation>{n} 行数据</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} data rows (a big file, read in parts: the preview shows the first {m})</source>
            <translation>{n} 行数据（大文件，分段读取：预览显示前 {m} 行）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a big file, read in parts: the preview shows the first {m} rows, the check counts them all</source>
            <translation>大文件，分段读取：预览显示前 {m} 行，检查时统计全部行</translation>
        </message>
        <message>
            <location line="+15" />
            <source>— not imported —</source>
            <translation>— 不导入 —</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Choose a column for: {fields}</source>
            <translation>请为以下字段选择列：{fields}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The mapping or options changed: press &lt;b&gt;Check&lt;/b&gt; again.</source>
            <translation>列映射或选项已更改：请再次点击&lt;b&gt;检查&lt;/b&gt;。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>as detected from the headers</source>
            <translation>按标题行自动识别</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Save mapping</source>
            <translation>保存列映射</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name for this mapping (e.g. the program the file comes from):</source>
            <translation>列映射名称（例如导出该文件的软件）：</translation>
        </message>
        <message>
            <location line="+29" />
            <source>{message}  ({file}, row {row})</source>
            <translation>{message}  （{file}，第 {row} 行）</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&lt;b&gt;{new}&lt;/b&gt; new · {unchanged} already imported, unchanged · &lt;b&gt;{conflicts}&lt;/b&gt; conflict(s) · &lt;b&gt;{invalid}&lt;/b&gt; row(s) with errors</source>
            <translation>新增 &lt;b&gt;{new}&lt;/b&gt; 条 · {unchanged} 条已导入且未变化 · 冲突 &lt;b&gt;{conflicts}&lt;/b&gt; 条 · &lt;b&gt;{invalid}&lt;/b&gt; 行有错误</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Required columns are not mapped; nothing can be imported yet.</source>
            <translation>必填列尚未对应；暂时无法导入。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing is imported while there are errors. Fix the file and check again, or import the valid rows only and save the rejected rows to fix them.</source>
            <translation>存在错误时不会导入任何数据。请修正文件后重新检查，或仅导入有效行，并保存被拒绝的行以便修正。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The list shows the first {shown} of {total} errors; “Save rejected rows…” writes every rejected row with its errors.</source>
            <translation>列表显示 {total} 个错误中的前 {shown} 个；“保存被拒绝的行…”会写出所有被拒绝的行及其错误。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing new to import: every row is already in the database.</source>
            <translation>没有需要导入的新数据：所有行均已在数据库中。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All rows are valid.</source>
            <translation>所有行均有效。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>… and {n} more customers past the credit check.</source>
            <translation>……另有 {n} 个客户未通过信用检查。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Dates read as {order}: “{ex}” (row {row}) can only be read that way.</source>
            <translation>日期按 {order} 读取：“{ex}”（第 {row} 行）只能这样解读。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file mixes date orders; most read as {order} (e.g. “{ex}”, row {row}). Check the errors.</source>
            <translation>文件中混用了不同的日期顺序；大多数按 {order} 读取（例如“{ex}”，第 {row} 行）。请查看错误。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No date in the file shows whether day or month comes first (e.g. “{ex}”, row {row}); read as {order}. Choose another order if that is wrong.</source>
            <translation>文件中没有日期能表明日和月孰先孰后（例如“{ex}”，第 {row} 行）；已按 {order} 读取。如有误，请选择其他顺序。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dates read as {order}, as chosen.</source>
            <translation>日期按所选的 {order} 读取。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dates are unambiguous.</source>
            <translation>日期没有歧义。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>point</source>
            <translation>小数点</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decimal mark: {mark} (e.g. “{ex}”, row {row}).</source>
            <translation>小数分隔符：{mark}（例如“{ex}”，第 {row} 行）。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Importing {file}…</source>
            <translation>正在导入 {file}…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+21" />
            <source>… and {n} more.</source>
            <translation>……另有 {n} 个。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>These invoices take {n} customer(s) past the credit check:</source>
            <translation>这些发票会使 {n} 个客户越过信用检查：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Invoices already issued in the ERP</source>
            <translation>发票已在 ERP 中开具</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Orders approved by the sales manager</source>
            <translation>订单已由销售经理批准</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opening balances</source>
            <translation>期初余额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Credit check</source>
            <translation>信用检查</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Imported.</source>
            <translation>导入完成。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Save the rejected rows</source>
            <translation>保存被拒绝的行</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{n} rejected row(s) saved to {path}, each with an “error” column saying what to fix.</source>
            <translation>已将 {n} 行被拒绝的数据保存到 {path}，每行都附有 “error” 列，说明需要修正的内容。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Reading the file…</source>
            <translation>正在读取文件…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Checking every row…</source>
            <translation>正在逐行检查…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Import cancelled. Nothing was changed in the database.</source>
            <translation>导入已取消。数据库未做任何更改。</translation>
        </message>
    </context>
    <context>
        <name>ImportHistoryDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/import_history_dialog.py" line="+39" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoices</source>
            <translation>发票</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payments</source>
            <translation>回款</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Undone {date}</source>
            <translation>已于 {date} 撤销</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Can be undone</source>
            <translation>可撤销</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing left</source>
            <translation>已无数据</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot be undone</source>
            <translation>不可撤销</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{n} invoice(s) ({totals})</source>
            <translation>{n} 张发票（{totals}）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{n} credit note(s)</source>
            <translation>{n} 张贷项通知单</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} customer(s)</source>
            <translation>{n} 个客户</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} payment(s) with their allocations</source>
            <translation>{n} 笔回款及其核销记录</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Imported</source>
            <translation>导入时间</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Added</source>
            <translation>新增</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unchanged</source>
            <translation>未变化</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rejected</source>
            <translation>被拒绝</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Whether the import can still be undone; point at a row to see why not</source>
            <translation>该次导入是否仍可撤销；将鼠标指向某行可查看不能撤销的原因</translation>
        </message>
        <message>
            <location line="+77" />
            <source>Import history</source>
            <translation>导入记录</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Every import, newest first. Undoing an import removes the invoices, credit notes, customers and payments it created, as long as nothing was built on them since (payments applied, write-offs, cancellations, disputes, other invoices of its customers).</source>
            <translation>所有导入，最新的在前。撤销一次导入会删除该次导入创建的发票、贷项通知单、客户和回款，前提是此后没有在其上进行其他操作（核销回款、坏账核销、作废、争议、其客户的其他发票）。</translation>
        </message>
        <message>
            <location line="+43" />
            <source>&amp;Undo import…</source>
            <translation>撤销导入(&amp;U)…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No imports yet.</source>
            <translation>尚无导入记录。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Import #{id}: {file}, {date}, by {user}.</source>
            <translation>第 {id} 次导入：{file}，{date}，操作人 {user}。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>In the database: {what}.</source>
            <translation>数据库中现有：{what}。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undone on {date}: {reason}</source>
            <translation>已于 {date} 撤销：{reason}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Undoing import #{id}…</source>
            <translation>正在撤销第 {id} 次导入…</translation>
        </message>
    </context>
    <context>
        <name>InsuranceForms</name>
        <message>
            <location filename="../../app/ui/dialogs/insurance_forms.py" line="+33" />
            <source>Approved</source>
            <translation>已核准</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Requested</source>
            <translation>申请中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refused</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Withdrawn</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <location line="+4" />
            <source>days</source>
            <translation>天</translation>
        </message>
        <message>
            <location line="+1" />
            <source>months</source>
            <translation>个月</translation>
        </message>
        <message>
            <location line="+4" />
            <source>after the overdue notification</source>
            <translation>自报告逾期起</translation>
        </message>
        <message>
            <location line="+1" />
            <source>after the due date</source>
            <translation>自到期日起</translation>
        </message>
        <message>
            <location line="+1" />
            <source>after the extension period ends</source>
            <translation>自延期期满起</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Enter a percentage such as 90 or 87.5.</source>
            <translation>请输入百分比，例如 90 或 87.5。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter a percentage such as 90 or 87.5 (at most two decimals).</source>
            <translation>请输入百分比，例如 90 或 87.5（最多两位小数）。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Enter the amount.</source>
            <translation>请输入金额。</translation>
        </message>
    </context>
    <context>
        <name>InsuranceModels</name>
        <message>
            <location filename="../../app/ui/tablemodels/credit_insurance.py" line="+41" />
            <source>{n} months</source>
            <translation>{n} 个月</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{n} days</source>
            <translation>{n} 天</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the notification</source>
            <translation>报告逾期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the due date</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the end of the extension</source>
            <translation>延期期满</translation>
        </message>
        <message>
            <location line="+6" />
            <source>missed by {n} days</source>
            <translation>已错过 {n} 天</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{n} days left</source>
            <translation>还剩 {n} 天</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Next deadline</source>
            <translation>下一期限</translation>
        </message>
        <message>
            <location line="+3" />
            <source>By</source>
            <translation>截止日</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Days left</source>
            <translation>剩余天数</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+90" />
            <location line="+33" />
            <source>Code</source>
            <translation>客户编号</translation>
        </message>
        <message>
            <location line="-122" />
            <location line="+90" />
            <location line="+33" />
            <source>Name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location line="-121" />
            <source>Invoice</source>
            <translation>发票</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation>未结</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+24" />
            <location line="+74" />
            <location line="+34" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location line="-131" />
            <source>Notify by</source>
            <translation>报损截止</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notified on {date}</source>
            <translation>已于 {date} 报损</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notified</source>
            <translation>报损日期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Extension ends</source>
            <translation>延展期结束</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Claim by</source>
            <translation>索赔截止</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Estimated: the insurer has not been notified yet</source>
            <translation>估算值：尚未向保险人报损</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+72" />
            <location line="+33" />
            <source>Policy</source>
            <translation>保单</translation>
        </message>
        <message>
            <location line="-104" />
            <location line="+98" />
            <source>Claim</source>
            <translation>索赔</translation>
        </message>
        <message>
            <location line="-92" />
            <source>Insurer</source>
            <translation>保险人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Policy number</source>
            <translation>保单号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period</source>
            <translation>保险期间</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Indemnity</source>
            <translation>赔偿比例</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Max. extension</source>
            <translation>最长延展期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notify overdue after</source>
            <translation>逾期报损期限</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Claim within</source>
            <translation>索赔期限</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Counted from</source>
            <translation>起算日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deductible</source>
            <translation>免赔额</translation>
        </message>
        <message>
            <location line="+2" />
            <source>First loss</source>
            <translation>起赔额</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Buyers</source>
            <translation>买方数</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Approved</source>
            <translation>已核准</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Requested</source>
            <translation>申请中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refused</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Withdrawn</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <location line="+19" />
            <source>no rate</source>
            <translation>无汇率</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{over} above the insured limit: the excess is not insured</source>
            <translation>超出保险限额 {over}：超出部分不在保障范围内</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Insured limit</source>
            <translation>保险限额</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exposure</source>
            <translation>风险敞口</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Used</source>
            <translation>使用率</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Above limit</source>
            <translation>超出限额</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Valid from</source>
            <translation>生效日</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Valid to</source>
            <translation>失效日</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+10" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Reference</source>
            <translation>批复编号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Opened</source>
            <translation>立案日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filed</source>
            <translation>提交日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoices</source>
            <translation>发票数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Claimable</source>
            <translation>可索赔金额</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What the draft would claim if filed today; the amount is fixed when it is filed</source>
            <translation>草稿若于今日提交可索赔的金额；金额在提交时确定</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paid</source>
            <translation>已赔付</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recovered</source>
            <translation>已追回</translation>
        </message>
    </context>
    <context>
        <name>InsuranceSection</name>
        <message>
            <location filename="../../app/ui/dialogs/credit_insurance.py" line="+261" />
            <source>{n} above the insured limit</source>
            <translation>{n} 个超出保险限额</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Insurance ({n})</source>
            <translation>信用保险（{n}）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Insurance</source>
            <translation>信用保险</translation>
        </message>
        <message>
            <location line="-130" />
            <location line="+159" />
            <source>Enter the insurer's approved limit on a customer</source>
            <translation>录入保险公司对客户核准的信用限额</translation>
        </message>
        <message>
            <location line="-170" />
            <source>&amp;Notified…</source>
            <translation>已通知(&amp;N)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record that the selected overdue invoice was notified to the insurer</source>
            <translation>记录所选逾期发票已向保险公司报告</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+15" />
            <source>Open &amp;claim…</source>
            <translation>发起索赔(&amp;C)…</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Open a claim for the selected invoice's customer</source>
            <translation>为所选发票的客户发起索赔</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Warning window…</source>
            <translation>预警期限(&amp;W)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How many days before a deadline it is shown as a warning</source>
            <translation>截止日前多少天开始显示预警</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New policy…</source>
            <translation>新建保单(&amp;N)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ed&amp;it…</source>
            <translation>编辑(&amp;I)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add &amp;buyer…</source>
            <translation>添加买方(&amp;B)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>End &amp;limit…</source>
            <translation>终止限额(&amp;L)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End the selected limit (e.g. withdrawn by the insurer)</source>
            <translation>终止所选限额（例如被保险公司撤销）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Deta&amp;ils…</source>
            <translation>详情(&amp;I)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Figures, invoices, recoveries and collection history of the claim</source>
            <translation>索赔的金额、发票、追回款及催收记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Doc&amp;uments…</source>
            <translation>单证(&amp;U)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The checklist of documents to attach: tick what is present</source>
            <translation>需附送的单证清单：勾选已备齐的单证</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fi&amp;le…</source>
            <translation>提交(&amp;L)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File the draft claim with the insurer (its figures are stored)</source>
            <translation>向保险公司提交索赔草稿（保存当时的计算金额）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Paid…</source>
            <translation>已赔付(&amp;P)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The insurer paid the filed claim</source>
            <translation>保险公司已赔付该索赔</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;jected…</source>
            <translation>已拒赔(&amp;J)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The insurer rejected the filed claim</source>
            <translation>保险公司拒绝了该索赔</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reco&amp;very…</source>
            <translation>追回款(&amp;V)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Money recovered from the buyer after the claim was paid</source>
            <translation>赔付后从买方追回的款项</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Language of the claim pack</source>
            <translation>索赔材料的语言</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Claim pac&amp;k PDF…</source>
            <translation>索赔材料 PDF(&amp;K)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cover letter, invoice schedule, collection history and document checklist</source>
            <translation>索赔函、发票明细、催收记录及单证清单</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Deadlines</source>
            <translation>期限</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Policies</source>
            <translation>保单</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Insured buyers</source>
            <translation>承保买方</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Claims</source>
            <translation>索赔</translation>
        </message>
        <message>
            <location line="+64" />
            <source>Policies: {policies} · insured buyers: {buyers} · overdue insured invoices: {n} ({missed} deadline(s) missed, {soon} coming up) · claims: {claims}</source>
            <translation>保单：{policies} 张 · 承保买方：{buyers} 个 · 逾期的承保发票：{n} 张（{missed} 个期限已错过，{soon} 个即将到期）· 索赔：{claims} 笔</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Enter a policy first</source>
            <translation>请先录入保单</translation>
        </message>
        <message>
            <location line="+114" />
            <source>Save claim pack</source>
            <translation>保存索赔材料</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Claim pack written to {path}</source>
            <translation>索赔材料已保存到 {path}</translation>
        </message>
    </context>
    <context>
        <name>InterestForm</name>
        <message>
            <location filename="../../app/ui/dialogs/dunning_settings_interest.py" line="+91" />
            <source>Late interest on overdue invoices</source>
            <translation>逾期发票的逾期利息</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Ra&amp;te:</source>
            <translation>利率(&amp;T)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Where the contract sets no rate, courts allow the one-year LPR at the time of the breach plus 30–50 %</source>
            <translation>合同未约定利率时，法院支持按违约时一年期 LPR 上浮 30–50 % 计算</translation>
        </message>
        <message>
            <location line="+2" />
            <source>LPR &amp;markup:</source>
            <translation>LPR 上浮(&amp;M)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>% on top of the LPR (30–50)</source>
            <translation>%，在 LPR 基础上（30–50）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Directive 2011/7/EU: the reference rate plus 8 points</source>
            <translation>指令 2011/7/EU：参考利率加 8 个百分点</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Points above the EU reference:</source>
            <translation>高于欧盟参考利率的百分点(&amp;P)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>points (0–20)</source>
            <translation>个百分点（0–20）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Example:</source>
            <translation>示例：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>China one-year LPR (贷款市场报价利率)</source>
            <translation>中国一年期 LPR（贷款市场报价利率）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>EU reference rate (ECB main refinancing rate)</source>
            <translation>欧盟参考利率（欧洲央行主要再融资利率）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Interest runs from the day after the due date (plus the customer's grace days) on each day's open balance, and is rounded once for the letter. Add a new rate to its table when it is published.</source>
            <translation>利息自到期日（加客户宽限天数）次日起按每日未结余额计算，每封函件只在最后四舍五入一次。新利率公布后请添加到相应表中。</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Rate</source>
            <translation>利率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>LPR markup</source>
            <translation>LPR 上浮</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Points above the EU reference</source>
            <translation>高于欧盟参考利率的百分点</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{field}: {text} is not a number.</source>
            <translation>{field}：{text} 不是数字。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <location line="+27" />
            <source>% a day (0.05 = 万分之五)</source>
            <translation>% 每日（0.05 = 万分之五）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>% a year</source>
            <translation>% 每年</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No interest is claimed.</source>
            <translation>不主张利息。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{amount} {currency} overdue {days} days → {interest} {currency} (at {rate} % a year, as of {date})</source>
            <translation>{amount} {currency} 逾期 {days} 天 → {interest} {currency}（年利率 {rate} %，截至 {date}）</translation>
        </message>
    </context>
    <context>
        <name>InvoiceChecklist</name>
        <message>
            <location filename="../../app/ui/dialogs/collections_common.py" line="+58" />
            <source>{number}  due {due}  ·  {days} days overdue  ·  {amount} {currency} open</source>
            <translation>{number}  到期 {due}  ·  逾期 {days} 天  ·  未结 {amount} {currency}</translation>
        </message>
    </context>
    <context>
        <name>InvoiceDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/invoice_dialog.py" line="+249" />
            <source>New invoice</source>
            <translation>新建发票</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Invoice &amp;date:</source>
            <translation>开票日期(&amp;D)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Create invoice</source>
            <translation>创建发票</translation>
        </message>
        <message>
            <location line="+12" />
            <source>D&amp;ue date:</source>
            <translation>到期日(&amp;E)：</translation>
        </message>
        <message>
            <location line="+19" />
            <source>{days} days after the invoice date</source>
            <translation>开票日期后 {days} 天</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{days} days: the customer's terms</source>
            <translation>{days} 天：客户的账期</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The due date is before the invoice date.</source>
            <translation>到期日早于开票日期。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Prepayment required</source>
            <translation>需要预付款</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Credit limit</source>
            <translation>信用额度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order confirmed by the sales manager</source>
            <translation>订单已由销售经理确认</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Customer paid in advance</source>
            <translation>客户已预付</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Security or guarantee received</source>
            <translation>已收到担保或保证金</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Limit increase under review</source>
            <translation>额度提升正在审批</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the invoice</source>
            <translation>保存发票</translation>
        </message>
    </context>
    <context>
        <name>InvoiceFilterBar</name>
        <message>
            <location filename="../../app/ui/tabs/invoice_filter_bar.py" line="+58" />
            <source>Search number, customer or PO…  (Ctrl+F)</source>
            <translation>搜索单据号、客户或采购单号…  (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open</source>
            <translation>未结</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Paid</source>
            <translation>已结清</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disputed</source>
            <translation>有争议</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancelled</source>
            <translation>已作废</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+94" />
            <source>All customers</source>
            <translation>全部客户</translation>
        </message>
        <message>
            <location line="-91" />
            <source>Issued</source>
            <translation>开票日期</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
    </context>
    <context>
        <name>InvoiceTableModel</name>
        <message>
            <location filename="../../app/ui/tablemodels/invoices.py" line="+44" />
            <source>Number</source>
            <translation>单据号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Issued</source>
            <translation>开票日期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open</source>
            <translation>未结</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open</source>
            <comment>amount still owed</comment>
            <translation>未结金额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoice</source>
            <translation>发票</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Credit note</source>
            <translation>贷项通知单</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Partly paid</source>
            <translation>部分回款</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Paid</source>
            <translation>已结清</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>已作废</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Disputed</source>
            <translation>有争议</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Written off</source>
            <translation>已核销坏账</translation>
        </message>
        <message>
            <location line="+133" />
            <source>Credit note: reduces what the customer owes</source>
            <translation>贷项通知单：冲减客户欠款</translation>
        </message>
    </context>
    <context>
        <name>InvoicesTab</name>
        <message>
            <location filename="../../app/ui/tabs/invoices.py" line="+105" />
            <source>Loading invoices…</source>
            <translation>正在加载发票…</translation>
        </message>
        <message>
            <location line="+68" />
            <source>&amp;New invoice…</source>
            <translation>新建发票(&amp;N)…</translation>
        </message>
        <message>
            <location line="+113" />
            <source>Import invoices</source>
            <translation>导入发票</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Importing is not available in this build.</source>
            <translation>此版本不支持导入。</translation>
        </message>
        <message>
            <location line="+115" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No invoices match these filters (of {total}).</source>
            <translation>没有符合筛选条件的发票（共 {total} 张）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{shown} of {total} shown</source>
            <translation>显示 {shown} 张，共 {total} 张</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open: {amounts}</source>
            <translation>未结：{amounts}</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+75" />
            <source>New invoice…</source>
            <translation>新建发票…</translation>
        </message>
        <message>
            <location line="-74" />
            <source>New invoice (Ctrl+N)</source>
            <translation>新建发票 (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Credit note…</source>
            <translation>贷项通知单…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Credit note for the selected invoice or a customer</source>
            <translation>为所选发票或某个客户开具贷项通知单</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel invoice…</source>
            <translation>作废发票…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mark disputed…</source>
            <translation>标记争议…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clear dispute…</source>
            <translation>解除争议…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write off…</source>
            <translation>核销坏账…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write off the open balance as bad debt</source>
            <translation>将未结余额作为坏账核销</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reverse write-off…</source>
            <translation>冲回坏账核销…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the written-off balance again</source>
            <translation>冲回坏账核销，使余额重新未结</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Allocate payments oldest first…</source>
            <translation>按最早到期核销回款…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply this customer's unallocated payments and credit notes to its oldest invoices</source>
            <translation>将该客户未核销的回款和贷项通知单核销到其最早到期的发票</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy the selected rows (Ctrl+C)</source>
            <translation>复制所选行 (Ctrl+C)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location line="+47" />
            <source>No invoices yet</source>
            <translation>还没有发票</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import your open invoices from Excel or CSV, or enter them one by one.</source>
            <translation>从 Excel 或 CSV 导入未结发票，或逐张录入。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import invoices…</source>
            <translation>导入发票…</translation>
        </message>
    </context>
    <context>
        <name>IssueLettersDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/collections_letters.py" line="+110" />
            <source>Issue today's letters</source>
            <translation>出具今日函件</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Finding what is due today…</source>
            <translation>正在查找今日到期的事项…</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Tick &amp;all</source>
            <translation>全选(&amp;A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick &amp;none</source>
            <translation>全不选(&amp;N)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sent by:</source>
            <translation>寄送方式：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>post</source>
            <translation>平信</translation>
        </message>
        <message>
            <location line="+0" />
            <source>registered mail</source>
            <translation>挂号信</translation>
        </message>
        <message>
            <location line="+1" />
            <source>EMS (tracked)</source>
            <translation>EMS（可追踪）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location line="+0" />
            <source>by hand</source>
            <translation>专人送达</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Delivery proof (tracking number…), can be added later</source>
            <translation>送达凭证（快递单号…），可稍后补充</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Issue</source>
            <translation>出具(&amp;I)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save PDFs to folder…</source>
            <translation>将 PDF 保存到文件夹(&amp;S)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;E-mail…</source>
            <translation>电子邮件(&amp;E)…</translation>
        </message>
        <message>
            <location line="+100" />
            <source>E-mailing letters</source>
            <translation>正在用电子邮件发送函件</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Save the letters to a folder</source>
            <translation>将函件保存到文件夹</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The letters could not be saved: {error}</source>
            <translation>无法保存函件：{error}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{count} letter(s) saved to {folder}.</source>
            <translation>已将 {count} 份函件保存到 {folder}。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The letters could not be printed: {error}</source>
            <translation>函件无法打印：{error}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{count} letter(s), {pages} page(s)</source>
            <translation>{count} 封函件，共 {pages} 页</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Issue {count} letter(s)</source>
            <translation>出具 {count} 份函件(&amp;I)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>E-mailing {count} letter(s)…</source>
            <translation>正在用电子邮件发送 {count} 封函件…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Issuing {count} letter(s)…</source>
            <translation>正在出具 {count} 份函件…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{new} issued now ({again} already issued before).</source>
            <translation>本次出具 {new} 份（{again} 份此前已出具）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancelled: the rest was not issued.</source>
            <translation>已取消：其余函件未出具。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{count} step(s) due on {date}: untick what should not go out, then Issue.</source>
            <translation>{date} 有 {count} 个催收步骤到期：取消勾选不应发出的，然后出具。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing more to issue for {date}.</source>
            <translation>{date} 没有更多需要出具的函件。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{count} letter(s) of the day can be printed or saved.</source>
            <translation>当天的 {count} 份函件可以打印或保存。</translation>
        </message>
    </context>
    <context>
        <name>LearnedAliasList</name>
        <message>
            <location filename="../../app/ui/dialogs/bank_aliases.py" line="+31" />
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stop recognising this payer as the customer (when you press OK)</source>
            <translation>不再将该付款人识别为此客户（按“确定”后生效）</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Account</source>
            <translation>账号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{kind}: {value} — learned from line {ref} ({date})</source>
            <translation>{kind}：{value} — 学自流水 {ref}（{date}）</translation>
        </message>
    </context>
    <context>
        <name>LetterTemplatesDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/letter_templates.py" line="+76" />
            <location line="+336" />
            <location line="+133" />
            <location line="+13" />
            <location line="+29" />
            <source>Letter templates</source>
            <translation>信函模板</translation>
        </message>
        <message>
            <location line="-472" />
            <location line="+290" />
            <source>Save the letter and e-mail texts of this stage as your own copy (Ctrl+S); issued letters and e-mails use it</source>
            <translation>将此阶段的信函和邮件文本保存为您自己的副本（Ctrl+S）；此后开具的信函和发送的邮件将使用它</translation>
        </message>
        <message>
            <location line="-288" />
            <source>Revert to default…</source>
            <translation>恢复默认…</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <location line="+0" />
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Edit the letters sent to customers whose language is {language}</source>
            <translation>编辑发给语言为{language}的客户的信函</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Language of the letters</source>
            <translation>信函语言</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Stages</source>
            <translation>阶段(&amp;S)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Placeholders (double-click to insert)</source>
            <translation>占位符（双击插入）(&amp;P)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Placeholder</source>
            <translation>占位符</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Prints</source>
            <translation>打印内容</translation>
        </message>
        <message>
            <location line="+52" />
            <source>&amp;Letter</source>
            <translation>信函(&amp;L)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The printed letter: [subject], [salutation], [body], [consequences] and [closing]</source>
            <translation>打印的信函：[subject]（标题）、[salutation]（称呼）、[body]（正文）、[consequences]（后果）和 [closing]（结束语）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;E-mail</source>
            <translation>邮件(&amp;E)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The e-mail that carries the letter as a PDF: [subject] and [body]</source>
            <translation>以 PDF 附件发送信函的邮件：[subject]（主题）和 [body]（正文）</translation>
        </message>
        <message>
            <location line="+19" />
            <source>A line [name] starts a section, {name} prints a placeholder, {{ and }} print a brace, lines starting with # are notes.</source>
            <translation>以 [名称] 开头的一行开始一个段落，{name} 打印占位符，{{ 和 }} 打印花括号，以 # 开头的行为备注。</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Friendly reminder</source>
            <translation>友好提醒</translation>
        </message>
        <message>
            <location line="+0" />
            <source>First reminder</source>
            <translation>首次催款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Formal demand</source>
            <translation>正式催告</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Final notice</source>
            <translation>最后通知</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Handover notice</source>
            <translation>移交通知</translation>
        </message>
        <message>
            <location line="+5" />
            <source>not in the default ladder</source>
            <translation>不在默认催收阶梯中</translation>
        </message>
        <message>
            <location line="+2" />
            <source>on the due date</source>
            <translation>到期当日</translation>
        </message>
        <message>
            <location line="+2" />
            <source>1 day before the due date</source>
            <translation>到期前 1 天</translation>
        </message>
        <message>
            <location line="+2" />
            <source>1 day after the due date</source>
            <translation>到期后 1 天</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{days} days before the due date</source>
            <translation>到期前 {days} 天</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{days} days after the due date</source>
            <translation>到期后 {days} 天</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your letter and e-mail</source>
            <translation>自定义信函和邮件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your letter · default e-mail</source>
            <translation>自定义信函 · 默认邮件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Default letter · your e-mail</source>
            <translation>默认信函 · 自定义邮件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Default texts</source>
            <translation>默认文本</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Customised: your copy in the data folder is used</source>
            <translation>已自定义：使用数据文件夹中的副本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The texts shipped with ARDesk are used</source>
            <translation>使用 ARDesk 自带的文本</translation>
        </message>
        <message>
            <location line="+36" />
            <location line="+22" />
            <location line="+138" />
            <location line="+24" />
            <source>letter</source>
            <translation>信函</translation>
        </message>
        <message>
            <location line="-184" />
            <location line="+22" />
            <location line="+138" />
            <location line="+24" />
            <source>e-mail</source>
            <translation>邮件</translation>
        </message>
        <message>
            <location line="-181" />
            <source>Your own {what} text, saved in {path}</source>
            <translation>您自己的{what}文本，保存在 {path}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The default {what} text shipped with ARDesk; saving keeps your copy in the data folder</source>
            <translation>ARDesk 自带的默认{what}文本；保存后您的副本将存放在数据文件夹中</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Preview with sample data</source>
            <translation>示例数据预览</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail preview with sample data</source>
            <translation>邮件示例数据预览</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Correct the problems shown under the text first</source>
            <translation>请先更正文本下方列出的问题</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Use the default {what} text shipped with ARDesk again</source>
            <translation>重新使用 ARDesk 自带的默认{what}文本</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Line {line}, column {column}</source>
            <translation>第 {line} 行，第 {column} 列</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Letter</source>
            <translation>信函</translation>
        </message>
        <message>
            <location line="+0" />
            <source>E-mail</source>
            <translation>邮件</translation>
        </message>
        <message>
            <location line="+7" />
            <source>… and {count} more</source>
            <translation>……另有 {count} 项</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The template cannot be saved or printed until this is corrected.</source>
            <translation>更正之前，此模板无法保存或打印。</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+22" />
            <location line="+14" />
            <source>Showing the last version without problems</source>
            <translation>显示的是最后一个没有问题的版本</translation>
        </message>
        <message>
            <location line="-34" />
            <location line="+36" />
            <source>No preview: the text has problems</source>
            <translation>无预览：文本有问题</translation>
        </message>
        <message>
            <location line="-31" />
            <source>Updating…</source>
            <translation>正在更新…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{count} page(s) · fit to width</source>
            <translation>{count} 页 · 适合宽度</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The preview could not be drawn</source>
            <translation>无法生成预览</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Attachment: {name}</source>
            <translation>附件：{name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>To: {customer}</source>
            <translation>收件人：{customer}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The {what} text cannot be saved: {problem}</source>
            <translation>{what}文本无法保存：{problem}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The template could not be saved: {error}</source>
            <translation>无法保存模板：{error}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Use the default {what} text for “{stage}” again? Your own text is deleted from the data folder.</source>
            <translation>要为“{stage}”重新使用默认{what}文本吗？您自己的文本将从数据文件夹中删除。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Discard your changes to the {what} text for “{stage}”?</source>
            <translation>放弃对“{stage}”{what}文本的更改吗？</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Revert to default</source>
            <translation>恢复默认</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The template could not be reverted: {error}</source>
            <translation>无法恢复模板：{error}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save your changes to “{stage}”?</source>
            <translation>保存对“{stage}”的更改吗？</translation>
        </message>
    </context>
    <context>
        <name>LogCallDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/collections_call.py" line="+42" />
            <source>Log call — {customer}</source>
            <translation>记录通话 — {customer}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>How did the call go?</source>
            <translation>通话结果如何？</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Reached</source>
            <translation>已接通(&amp;R)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;No answer</source>
            <translation>无人接听(&amp;N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Promise to pay</source>
            <translation>承诺付款(&amp;P)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Dispute</source>
            <translation>争议(&amp;D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>O&amp;ther</source>
            <translation>其他(&amp;T)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Promise to pay</source>
            <translation>承诺付款</translation>
        </message>
        <message>
            <location line="+5" />
            <source>empty: everything open on the ticked invoices</source>
            <translation>留空：所勾选发票的全部未结金额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pays by:</source>
            <translation>付款日期：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount:</source>
            <translation>金额：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Dispute</source>
            <translation>争议</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Type or pick a reason</source>
            <translation>输入或选择原因</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Invoices:</source>
            <translation>发票：</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Who you spoke to, what was said</source>
            <translation>与谁通话，谈了什么</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Call again on</source>
            <translation>再次致电日期</translation>
        </message>
        <message>
            <location line="+17" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Tick the invoices the customer promised to pay.</source>
            <translation>请勾选客户承诺付款的发票。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Tick the disputed invoices.</source>
            <translation>请勾选有争议的发票。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give a reason for the dispute.</source>
            <translation>请填写争议原因。</translation>
        </message>
    </context>
    <context>
        <name>MailSend</name>
        <message>
            <location filename="../../app/ui/dialogs/mail_send.py" line="+35" />
            <location line="+51" />
            <source>E-mail letters</source>
            <translation>用电子邮件发送函件</translation>
        </message>
        <message>
            <location line="-44" />
            <source>E-mail is not set up yet: enter the mail server and the sender address in Settings → E-mail.</source>
            <translation>尚未设置电子邮件：请在「设置 → 电子邮件」中输入邮件服务器和发件人地址。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Password for {user} on {server}:</source>
            <translation>{user} 在 {server} 上的密码：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>E-mail {count} letter(s) to the customers as PDF attachments?</source>
            <translation>将 {count} 封函件以 PDF 附件形式用电子邮件发送给客户？</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{count} customer(s) have no e-mail address: their letters are skipped.</source>
            <translation>{count} 个客户没有电子邮件地址，其函件将被跳过。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>None of these customers has an e-mail address.</source>
            <translation>这些客户都没有电子邮件地址。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{reference} {customer}: sent to {address}</source>
            <translation>{reference} {customer}：已发送至 {address}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>skipped</source>
            <translation>已跳过</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not sent</source>
            <translation>未发送</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{sent} of {count} letter(s) e-mailed.</source>
            <translation>共 {count} 封函件，已通过电子邮件发送 {sent} 封。</translation>
        </message>
    </context>
    <context>
        <name>MailSettingsForm</name>
        <message>
            <location filename="../../app/ui/dialogs/mail_settings.py" line="+35" />
            <source>Letters can be e-mailed to the customers as PDF attachments through your company's mail server (SMTP).</source>
            <translation>函件可以通过贵司的邮件服务器（SMTP）以 PDF 附件的形式用电子邮件发送给客户。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Server:</source>
            <translation>服务器(&amp;S)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>STARTTLS (usually port 587)</source>
            <translation>STARTTLS（通常为 587 端口）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SSL/TLS (usually port 465)</source>
            <translation>SSL/TLS（通常为 465 端口）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>None (not encrypted, port 25)</source>
            <translation>无（不加密，25 端口）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Connection security:</source>
            <translation>连接安全(&amp;C)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Port:</source>
            <translation>端口(&amp;P)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>empty: the server needs no login</source>
            <translation>留空：服务器无需登录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User name:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>kept – type to change</source>
            <translation>已保存 – 输入新密码可更改</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pass&amp;word:</source>
            <translation>密码(&amp;W)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The password is kept in the system keyring, never in the database.</source>
            <translation>密码保存在系统密钥环中，绝不写入数据库。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no system keyring on this computer: the password is kept in memory only until ARDesk closes, never in the database.</source>
            <translation>本机没有系统密钥环：密码只保存在内存中，直到关闭 ARDesk，绝不写入数据库。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;From address:</source>
            <translation>发件人地址(&amp;F)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>optional</source>
            <translation>可选</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reply-to address:</source>
            <translation>回复地址(&amp;R)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Timeout:</source>
            <translation>超时(&amp;T)：</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+87" />
            <source>Send &amp;test mail</source>
            <translation>发送测试邮件(&amp;T)</translation>
        </message>
        <message>
            <location line="-82" />
            <source>Test mail to:</source>
            <translation>测试邮件发送至：</translation>
        </message>
        <message>
            <location line="+75" />
            <source>Sending a test mail…</source>
            <translation>正在发送测试邮件…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Test mail sent: {answer}</source>
            <translation>测试邮件已发送：{answer}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/ui/main_window.py" line="+226" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open &amp;recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <location line="+30" />
            <source>&amp;New…</source>
            <translation>新建(&amp;N)…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Importing is not available in this build.</source>
            <translation>此版本不支持导入。</translation>
        </message>
        <message>
            <location line="+54" />
            <source>No database open</source>
            <translation>未打开数据库</translation>
        </message>
        <message>
            <location line="+6" />
            <source>⚠ {n} credit alerts</source>
            <translation>⚠ {n} 条信用预警</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the customers with credit alerts</source>
            <translation>显示有信用预警的客户</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{customers} customers · {invoices} invoices · {open} open · {overdue} overdue</source>
            <translation>{customers} 个客户 · {invoices} 张发票 · {open} 张未结 · {overdue} 张逾期</translation>
        </message>
        <message>
            <location line="+5" />
            <source>As of {date} (fixed)</source>
            <translation>截至 {date}（固定）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>As of {date}</source>
            <translation>截至 {date}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Demo company</source>
            <translation>演示公司</translation>
        </message>
        <message>
            <location line="+14" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Clear list</source>
            <translation>清除列表</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Closing when the running work has finished…</source>
            <translation>正在等待进行中的工作完成后关闭…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Work in progress</source>
            <translation>工作进行中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This is still running:</source>
            <translation>以下工作仍在进行：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close ARDesk when it has finished, or cancel it (nothing of it is kept) and close?</source>
            <translation>等它完成后关闭 ARDesk，还是取消它（其改动全部不保留）并关闭？</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Finish, then close</source>
            <translation>完成后关闭</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel it and close</source>
            <translation>取消并关闭</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep working</source>
            <translation>继续工作</translation>
        </message>
    </context>
    <context>
        <name>MatchingSettingsForm</name>
        <message>
            <location filename="../../app/ui/dialogs/bank_settings.py" line="+32" />
            <source>A bank line is applied automatically only when its best candidate reaches the threshold and beats the next one by the margin; otherwise it is a suggestion for you to review.</source>
            <translation>只有当一笔流水的最佳候选得分达到阈值、且领先第二名的差距不小于间隔时，才会自动入账；否则作为建议等待审核。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Automatic &amp;threshold (score):</source>
            <translation>自动匹配阈值(&amp;T)（得分）：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Margin over the next candidate:</source>
            <translation>领先第二候选的间隔(&amp;M)：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Bank charges up to (&amp;%):</source>
            <translation>银行手续费上限(&amp;%)：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>…or a fixed amount up to ({currency}):</source>
            <translation>…或固定金额上限（{currency}）：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A payment short by no more than the larger of the two is booked as bank charges.</source>
            <translation>回款短少不超过两者中较大者时，差额记为银行手续费。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>{text} is not a percentage.</source>
            <translation>{text} 不是有效的百分比。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The percentage must be 0–10 with at most two decimals.</source>
            <translation>百分比必须在 0–10 之间，最多两位小数。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The fixed amount cannot be negative.</source>
            <translation>固定金额不能为负数。</translation>
        </message>
    </context>
    <context>
        <name>NotifyDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/insurance_buyer.py" line="+11" />
            <source>Overdue notified — {number}</source>
            <translation>已报告逾期 — {number}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoice {number} of {code} {name}, due {due}, {open} open; policy {policy} ({insurer}). Notify by {notify_by}.</source>
            <translation>{code} {name} 的发票 {number}，到期日 {due}，未付 {open}；保单 {policy}（{insurer}）。须在 {notify_by} 前报告。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Notified &amp;on:</source>
            <translation>报告日期(&amp;O)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>e.g. the insurer's acknowledgement number</source>
            <translation>例如保险公司的受理编号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reference:</source>
            <translation>编号(&amp;R)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>N&amp;ote:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Recording the notification</source>
            <translation>正在记录逾期报告</translation>
        </message>
    </context>
    <context>
        <name>OpenClaimDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/insurance_claim.py" line="+39" />
            <source>Open insurance claim</source>
            <translation>发起保险索赔</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only customers with an insured limit are listed</source>
            <translation>仅列出有保险限额的客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;ustomer:</source>
            <translation>客户(&amp;U)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Policy:</source>
            <translation>保单(&amp;P)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The invoices must be overdue and open on this day</source>
            <translation>发票须在该日已逾期且未结清</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Opened on:</source>
            <translation>发起日期(&amp;O)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Invoice</source>
            <translation>发票</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Issued</source>
            <translation>开票日</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open</source>
            <translation>未付</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Insured limit</source>
            <translation>保险限额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In claim</source>
            <translation>所在索赔</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Tick &amp;all</source>
            <translation>全选(&amp;A)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Untick a&amp;ll</source>
            <translation>全不选(&amp;L)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Invoices:</source>
            <translation>发票(&amp;I)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Claimable amount if filed on that day</source>
            <translation>若当日提交的可索赔金额</translation>
        </message>
        <message>
            <location line="+5" />
            <source>N&amp;ote:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
        <message>
            <location line="+43" />
            <source>In claim {reference} already</source>
            <translation>已在索赔 {reference} 中</translation>
        </message>
        <message>
            <location line="+16" />
            <source>This customer has no overdue insured invoice open on that day under the policy.</source>
            <translation>该客户在该日没有此保单下逾期未结清的投保发票。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No policy insures this customer.</source>
            <translation>没有保单承保该客户。</translation>
        </message>
        <message>
            <location line="+33" />
            <source>{n} of {total} invoices ticked</source>
            <translation>已勾选 {n} / {total} 张发票</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Choose the customer from the list.</source>
            <translation>请从列表中选择客户。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the policy.</source>
            <translation>请选择保单。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tick at least one invoice.</source>
            <translation>请至少勾选一张发票。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Opening claim</source>
            <translation>正在发起索赔</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/credit_entries.py" line="+165" />
            <source>Override — {customer}</source>
            <translation>人工调整 —— {customer}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Computed grade {grade} (score {score}); limit in force {limit}.</source>
            <translation>计算等级 {grade}（评分 {score}）；现行额度 {limit}。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Limit</source>
            <translation>额度</translation>
        </message>
        <message>
            <location line="+0" />
            <source>From</source>
            <translation>起始</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Until</source>
            <translation>截止</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Revoke selected…</source>
            <translation>撤销所选(&amp;R)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New override</source>
            <translation>新的人工调整</translation>
        </message>
        <message>
            <location line="+4" />
            <source>(keep the computed grade)</source>
            <translation>（保留计算等级）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Grade:</source>
            <translation>等级(&amp;G)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>blank: keep the limit</source>
            <translation>留空：保留额度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Limit ({currency}):</source>
            <translation>额度（{currency}）(&amp;L)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;From:</source>
            <translation>起始(&amp;F)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Until:</source>
            <translation>截止(&amp;U)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <location line="+49" />
            <location line="+4" />
            <source>Revoke override</source>
            <translation>撤销人工调整</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Give a reason.</source>
            <translation>请填写原因。</translation>
        </message>
    </context>
    <context>
        <name>PdfPages</name>
        <message>
            <location filename="../../app/ui/pdf_pages.py" line="+129" />
            <source>Preparing {count} page(s)…</source>
            <translation>正在准备 {count} 页…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/collections_plan.py" line="+30" />
            <source>Instalment plan — {customer}</source>
            <translation>分期计划 — {customer}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Invoices in the plan (they leave the dunning ladder while the plan is kept; a missed part resumes dunning):</source>
            <translation>计划内的发票（计划履行期间退出催收流程；错过一期即恢复催收）：</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+15" />
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <location line="-14" />
            <source>S&amp;plit</source>
            <translation>拆分(&amp;P)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>parts, first on</source>
            <translation>期，首期于</translation>
        </message>
        <message>
            <location line="+2" />
            <source>then every</source>
            <translation>之后每隔</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Parts:</source>
            <translation>期数：</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Grace per part:</source>
            <translation>每期宽限：</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Part</source>
            <translation>期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due date</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="-35" />
            <source>&amp;Create plan</source>
            <translation>创建计划(&amp;C)</translation>
        </message>
        <message>
            <location line="+67" />
            <source>Part {n} has no amount.</source>
            <translation>第 {n} 期没有金额。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{n} parts: {sum} of {total} {currency} open</source>
            <translation>{n} 期：{sum}，未结 {total} {currency}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{diff} {currency} not covered</source>
            <translation>尚有 {diff} {currency} 未覆盖</translation>
        </message>
    </context>
    <context>
        <name>PolicyDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/insurance_policy.py" line="+66" />
            <source>Edit policy {number}</source>
            <translation>编辑保单 {number}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New credit-insurance policy</source>
            <translation>新建信用保险保单</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Choose or type the insurer</source>
            <translation>选择或输入保险公司</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Insurer:</source>
            <translation>保险公司(&amp;I)：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Policy &amp;number:</source>
            <translation>保单号(&amp;N)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Invoices in this currency are insured; limits, deductible and claims are in it.</source>
            <translation>承保该币种的发票；限额、免赔额和索赔均以该币种计。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;urrency:</source>
            <translation>币种(&amp;U)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Period &amp;from:</source>
            <translation>保险期间自(&amp;F)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Period &amp;to:</source>
            <translation>保险期间至(&amp;T)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The share of the insured loss the insurer pays, e.g. 90 or 87.5</source>
            <translation>保险公司赔付的损失比例，例如 90 或 87.5</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In&amp;demnity %:</source>
            <translation>赔偿比例 %(&amp;D)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How long past the due date the insurer allows extending payment terms without asking</source>
            <translation>无需申请即可在到期日后延长付款期限的最长时间</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Maximum &amp;extension:</source>
            <translation>最长延期(&amp;E)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Notify an overdue within:</source>
            <translation>逾期报告期限(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>after the due date</source>
            <translation>（自到期日起）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>File the &amp;claim within:</source>
            <translation>索赔期限(&amp;C)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Excess borne by you on each claim</source>
            <translation>每次索赔由您自行承担的金额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dedu&amp;ctible per claim:</source>
            <translation>每次索赔免赔额(&amp;C)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Aggregate first loss of the policy period borne by you before the insurer pays (leave empty if none)</source>
            <translation>保险期间内保险公司赔付前由您承担的累计起赔额（无则留空）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Aggregate first loss:</source>
            <translation>累计起赔额(&amp;A)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>N&amp;ote:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Choose a known currency (e.g. CNY, USD).</source>
            <translation>请选择有效的币种（如 CNY、USD）。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Saving policy</source>
            <translation>正在保存保单</translation>
        </message>
    </context>
    <context>
        <name>RateTableBox</name>
        <message>
            <location filename="../../app/ui/dialogs/dunning_settings_interest.py" line="-187" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a rate in force from a later date (a copy of the newest row, one month later; edit it in the table)</source>
            <translation>添加一个较晚生效的利率（复制最新一行，日期推后一个月；请在表中修改）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
    </context>
    <context>
        <name>RateTableModel</name>
        <message>
            <location filename="../../app/ui/tablemodels/dunning.py" line="+297" />
            <source>In force from</source>
            <translation>生效日期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rate % a year</source>
            <translation>年利率 %</translation>
        </message>
        <message>
            <location line="+26" />
            <source>{date} is already in the table.</source>
            <translation>{date} 已在表中。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{text} is not a rate in %.</source>
            <translation>{text} 不是百分比利率。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A rate must be 0–100 %.</source>
            <translation>利率必须在 0–100 % 之间。</translation>
        </message>
    </context>
    <context>
        <name>RatingDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/credit_entries.py" line="-214" />
            <source>External rating — {customer}</source>
            <translation>外部评级 —— {customer}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Source:</source>
            <translation>来源(&amp;S)：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Grade:</source>
            <translation>等级(&amp;G)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Rated on:</source>
            <translation>评级日期(&amp;R)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/bank_reason.py" line="+21" />
            <source>Not a customer payment (other income)</source>
            <translation>非客户回款（其他收入）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interest or bank refund</source>
            <translation>利息或银行退款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transfer between own accounts</source>
            <translation>内部账户间转账</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Supplier refund</source>
            <translation>供应商退款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Already booked by hand</source>
            <translation>已手工入账</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Reason (required, kept in the history):</source>
            <translation>原因(&amp;R)（必填，保存在历史记录中）：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reason (optional, kept in the history):</source>
            <translation>原因(&amp;R)（可选，保存在历史记录中）：</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Type or pick a reason</source>
            <translation>输入或选择原因</translation>
        </message>
    </context>
    <context>
        <name>RescoreDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/credit_rescore.py" line="+38" />
            <source>Re-score all customers</source>
            <translation>全部客户重新评分</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Score as of:</source>
            <translation>评分基准日：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Preview</source>
            <translation>预览(&amp;P)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Preview shows who would change grade or limit; nothing is saved until you apply.</source>
            <translation>预览显示哪些客户的等级或额度会变化；点击应用之前不会保存。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Code</source>
            <translation>编号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Score</source>
            <translation>评分</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Limit</source>
            <translation>额度</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Apply</source>
            <translation>应用(&amp;A)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Scoring every customer…</source>
            <translation>正在为全部客户评分…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Saving the new grades…</source>
            <translation>正在保存新等级…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>As of {date}: {n} customers scored ({grades}). {moved} would change grade, {limits} limit.</source>
            <translation>基准日 {date}：已为 {n} 个客户评分（{grades}）。{moved} 个等级将变化，{limits} 个额度将变化。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Saved: {moved} grade changes and {limits} limit changes as of {date}.</source>
            <translation>已保存：基准日 {date}，等级变化 {moved} 个，额度变化 {limits} 个。</translation>
        </message>
    </context>
    <context>
        <name>ReverseWriteOffDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/writeoff_dialog.py" line="+91" />
            <source>Reverse the write-off of {number}</source>
            <translation>冲回 {number} 的坏账核销</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reverse write-off</source>
            <translation>冲回坏账核销</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reason for the reversal (required, kept in the history):</source>
            <translation>冲回原因（必填，记入历史）(&amp;R)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{number} is not written off.</source>
            <translation>{number} 未核销坏账。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Written off on {date}: {amount} {cur} ({reason}). Reversing opens the balance again; the write-off stays in the history, marked reversed.</source>
            <translation>于 {date} 核销坏账：{amount} {cur}（{reason}）。冲回后余额重新未结；该核销记录保留在历史中，标记为已冲回。</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/credit_review.py" line="+92" />
            <source>Credit review — {code} · {name}</source>
            <translation>信用复审 —— {code} · {name}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Loading chart…</source>
            <translation>正在加载图表…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reviewer</source>
            <translation>复审人</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Limit</source>
            <translation>额度</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Score</source>
            <translation>评分</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decision</source>
            <translation>结论</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next review</source>
            <translation>下次复审</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Last reviews</source>
            <translation>以往复审</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This review</source>
            <translation>本次复审</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Review &amp;date:</source>
            <translation>复审日期(&amp;D)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Re&amp;viewer:</source>
            <translation>复审人(&amp;V)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Current grade:</source>
            <translation>当前等级：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{saved} saved, {grade} computed (score {score})</source>
            <translation>已保存 {saved}，计算为 {grade}（评分 {score}）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Confirmed</source>
            <translation>维持</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Upgraded</source>
            <translation>上调</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Downgraded</source>
            <translation>下调</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Limit changed</source>
            <translation>调整额度</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Put on watch</source>
            <translation>列入观察</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prepayment only</source>
            <translation>仅限预付</translation>
        </message>
        <message>
            <location line="+1" />
            <source>D&amp;ecision:</source>
            <translation>结论(&amp;E)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep {grade} (computed)</source>
            <translation>保留 {grade}（计算等级）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New &amp;grade:</source>
            <translation>新等级(&amp;G)：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>blank: keep {limit}</source>
            <translation>留空：保留 {limit}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no limit</source>
            <translation>无额度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New &amp;limit ({currency}):</source>
            <translation>新额度（{currency}）(&amp;L)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set the &amp;next review by hand</source>
            <translation>手工设定下次复审日期(&amp;N)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Next re&amp;view:</source>
            <translation>下次复审(&amp;V)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What was looked at, who was spoken to, conditions…</source>
            <translation>审查了哪些资料、与谁沟通、附加条件…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Record review</source>
            <translation>记录复审(&amp;R)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>No invoices paid in the last 12 months.</source>
            <translation>近 12 个月没有已付清的发票。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>paid on time</source>
            <translation>按时付款</translation>
        </message>
        <message>
            <location line="+0" />
            <source>paid late</source>
            <translation>逾期付款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>days beyond terms (right)</source>
            <translation>超期天数（右轴）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Invoices paid per month, last 12 months</source>
            <translation>近 12 个月每月付清的发票</translation>
        </message>
    </context>
    <context>
        <name>ReviewTableModel</name>
        <message>
            <location filename="../../app/ui/tablemodels/credit.py" line="+31" />
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Code</source>
            <translation>客户编号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved grade</source>
            <translation>已保存等级</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Score</source>
            <translation>评分</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last review</source>
            <translation>上次复审</translation>
        </message>
    </context>
    <context>
        <name>RowErrorModel</name>
        <message>
            <location filename="../../app/ui/tablemodels/import_preview.py" line="+81" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
    </context>
    <context>
        <name>ScoreBreakdown</name>
        <message>
            <location filename="../../app/ui/dialogs/credit_breakdown.py" line="+41" />
            <source>Days beyond terms</source>
            <translation>超期天数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid late (%)</source>
            <translation>逾期付款比例（%）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoices paid</source>
            <translation>已付发票数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overdue share (%)</source>
            <translation>逾期占比（%）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Oldest overdue (days)</source>
            <translation>最久逾期（天）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Utilisation (%)</source>
            <translation>额度占用（%）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Months</source>
            <translation>月数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>First invoice</source>
            <translation>首张发票</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Statement</source>
            <translation>报表日期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Debt-to-assets</source>
            <translation>资产负债率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Current ratio</source>
            <translation>流动比率</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rated on</source>
            <translation>评级日期</translation>
        </message>
        <message>
            <location line="+3" />
            <source>little history, neutral</source>
            <translation>历史记录太少，按中性计</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no limit, neutral</source>
            <translation>无额度，按中性计</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no financials, neutral</source>
            <translation>无财务数据，按中性计</translation>
        </message>
        <message>
            <location line="+1" />
            <source>financials out of date, neutral</source>
            <translation>财务数据过期，按中性计</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no rating, neutral</source>
            <translation>无评级，按中性计</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rating out of date, neutral</source>
            <translation>评级过期，按中性计</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rating not in the scale, neutral</source>
            <translation>评级不在对照表中，按中性计</translation>
        </message>
        <message>
            <location line="+3" />
            <source>within the limit</source>
            <translation>未超额度</translation>
        </message>
        <message>
            <location line="+0" />
            <source>over the warning line</source>
            <translation>超过预警线</translation>
        </message>
        <message>
            <location line="+1" />
            <source>over the limit</source>
            <translation>超出额度</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no limit set</source>
            <translation>未设额度</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Grade {grade} — score {score} / 100</source>
            <translation>等级 {grade} —— 评分 {score} / 100</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(A ≥ {a}, B ≥ {b}, C ≥ {c})</source>
            <translation>（A ≥ {a}，B ≥ {b}，C ≥ {c}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why {grade}?</source>
            <translation>为什么是 {grade}？</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Factor</source>
            <translation>因素</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Measured</source>
            <translation>测得数值</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Points</source>
            <translation>得分</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The score alone gives {score_grade}; the negative events cap it at {grade}.</source>
            <translation>仅按评分为 {score_grade} 级；负面事件将等级限制为 {grade}。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Limit set to {limit} by hand until {date}: {reason}</source>
            <translation>额度人工设为 {limit}，有效至 {date}：{reason}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Some amounts could not be converted (no exchange rate for {list}).</source>
            <translation>部分金额无法折算（缺少 {list} 的汇率）。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Exposure {exposure} {currency}; no credit limit set.</source>
            <translation>风险敞口 {exposure} {currency}；未设信用额度。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Exposure {exposure} of a limit of {limit} {currency} ({pct}, {status}; warning line {line} %).</source>
            <translation>风险敞口 {exposure}，信用额度 {limit} {currency}（{pct}，{status}；预警线 {line} %）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open invoices {open}, unapplied credit notes {credits}, unapplied payments {payments}.</source>
            <translation>未结发票 {open}，未核销贷项通知单 {credits}，未核销收款 {payments}。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{source}; the grade rule gives {limit}.</source>
            <translation>{source}；按等级规则为 {limit}。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{source}.</source>
            <translation>{source}。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Grade {grade} policy: {days} days' terms; new invoices need prepayment.</source>
            <translation>{grade} 级政策：账期 {days} 天；新发票须预付。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Grade {grade} policy: {days} days' terms.</source>
            <translation>{grade} 级政策：账期 {days} 天。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Next review: {date}.</source>
            <translation>下次复审：{date}。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not scored yet: re-score to set the next review date.</source>
            <translation>尚未评分：重新评分后将设定下次复审日期。</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/settings_dialog.py" line="+48" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location line="+10" />
            <source>System language</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Menus and tabs switch language when you press OK; letters use each customer's own language.</source>
            <translation>按“确定”后菜单和标签页即切换语言；函件使用各客户自己的语言。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>General</source>
            <translation>常规</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Bank matching</source>
            <translation>银行对账匹配</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Credit</source>
            <translation>信用</translation>
        </message>
        <message>
            <location line="+10" />
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Dunning</source>
            <translation>催收</translation>
        </message>
    </context>
    <context>
        <name>SplitModel</name>
        <message>
            <location filename="../../app/ui/dialogs/bank_choose.py" line="-245" />
            <source>{number}: enter an amount greater than zero.</source>
            <translation>{number}：请输入大于零的金额。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{number}: more than the {open} open.</source>
            <translation>{number}：超过未结金额 {open}。</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Invoice</source>
            <translation>发票</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Issued</source>
            <translation>开票日期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation>未结</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Apply</source>
            <translation>核销金额</translation>
        </message>
        <message>
            <location line="+11" />
            <source>(disputed)</source>
            <translation>（有争议）</translation>
        </message>
    </context>
    <context>
        <name>StageTableModel</name>
        <message>
            <location filename="../../app/ui/tablemodels/dunning.py" line="-271" />
            <source>No letter</source>
            <translation>不发函</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Stage name</source>
            <translation>阶段名称</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Days from due</source>
            <translation>距到期日天数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>动作</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Letter</source>
            <translation>函件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fee</source>
            <translation>费用</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Claims interest</source>
            <translation>主张利息</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The stage's name, as letters and the worklist show it</source>
            <translation>阶段名称，显示在函件和工作清单中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days after the due date when the stage is reached (negative: before it)</source>
            <translation>到期日后多少天进入此阶段（负数：到期日前）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What is done at this stage</source>
            <translation>此阶段要做的事</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The letter template it sends (in the customer's language)</source>
            <translation>此阶段发送的函件模板（按客户语言）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A fixed fee charged with the letter, in the letter's currency</source>
            <translation>随函收取的固定费用，按函件币种</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Whether the letter claims late interest</source>
            <translation>函件是否主张逾期利息</translation>
        </message>
        <message>
            <location line="+67" />
            <source>Stage {n}, Fee: {text} is not an amount.</source>
            <translation>第 {n} 阶段，费用：{text} 不是金额。</translation>
        </message>
        <message>
            <location line="+72" />
            <source> days</source>
            <translation> 天</translation>
        </message>
    </context>
    <context>
        <name>StatementMappingDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/statement_mapping_dialog.py" line="+50" />
            <source>Statement columns — {file}</source>
            <translation>对账单列 — {file}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>ARDesk does not know this statement layout. Choose above each column what it holds, check, and save the mapping to use it again for this bank.</source>
            <translation>ARDesk 不认识此对账单格式。请在每列上方选择该列的内容，检查后保存映射，以便下次用于这家银行。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Save mapping as…</source>
            <translation>映射另存为…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>own account, if no column</source>
            <translation>本方账号（文件中无此列时）</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+6" />
            <source>as detected</source>
            <translation>自动识别</translation>
        </message>
        <message>
            <location line="-6" />
            <source>day/month/year</source>
            <translation>日/月/年</translation>
        </message>
        <message>
            <location line="+1" />
            <source>month/day/year</source>
            <translation>月/日/年</translation>
        </message>
        <message>
            <location line="+5" />
            <source>point: 1,234.56</source>
            <translation>小数点：1,234.56</translation>
        </message>
        <message>
            <location line="+1" />
            <source>comma: 1.234,56</source>
            <translation>小数逗号：1.234,56</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mapping:</source>
            <translation>映射：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Currency:</source>
            <translation>币种：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Account:</source>
            <translation>账号：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dates:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decimal mark:</source>
            <translation>小数符号：</translation>
        </message>
        <message>
            <location line="+35" />
            <source>&amp;Check</source>
            <translation>检查(&amp;C)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <location line="+35" />
            <source>— not used —</source>
            <translation>— 不使用 —</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Still needed: {fields}</source>
            <translation>还需要：{fields}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>as detected from the headers</source>
            <translation>按表头自动识别</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Save mapping</source>
            <translation>保存映射</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name for this statement layout (e.g. the bank):</source>
            <translation>此对账单格式的名称（例如银行名）：</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{lines} lines in {statements} statement(s) can be imported.</source>
            <translation>可导入 {statements} 份对账单中的 {lines} 条流水。</translation>
        </message>
    </context>
    <context>
        <name>StatementsDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/collections_statements.py" line="+52" />
            <source>Statements for all customers</source>
            <translation>全部客户对账单</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Counting the customers with open items…</source>
            <translation>正在统计有未结项目的客户…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>each customer's letter language</source>
            <translation>按各客户的函件语言</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language:</source>
            <translation>语言：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Paper:</source>
            <translation>纸张：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>one PDF per customer, in a folder</source>
            <translation>每个客户一个 PDF，保存到文件夹</translation>
        </message>
        <message>
            <location line="+2" />
            <source>all in one PDF file</source>
            <translation>全部合并为一个 PDF 文件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>print (with a preview)</source>
            <translation>打印（带预览）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Make:</source>
            <translation>生成：</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Make statements…</source>
            <translation>生成对账单(&amp;M)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Making {count} statement(s)…</source>
            <translation>正在生成 {count} 份对账单…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No customer has open items on {date}.</source>
            <translation>{date} 没有客户有未结项目。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{count} customer(s) have open items on {date}.</source>
            <translation>{date} 有 {count} 个客户有未结项目。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Save the statements to a folder</source>
            <translation>将对账单保存到文件夹</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save the statements</source>
            <translation>保存对账单</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Making statements</source>
            <translation>正在生成对账单</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{count} statement(s) ready to print.</source>
            <translation>{count} 份对账单已可打印。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{count} statement(s) saved in {file}.</source>
            <translation>{count} 份对账单已保存到 {file}。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{count} statement(s) saved to {folder}.</source>
            <translation>{count} 份对账单已保存到 {folder}。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Statements of {date}</source>
            <translation>{date} 对账单</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cancelled: the statements already made were kept.</source>
            <translation>已取消：已生成的对账单予以保留。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled: nothing was written.</source>
            <translation>已取消：未写入任何文件。</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../../app/ui/tabs/customer_detail.py" line="-242" />
            <source>Open</source>
            <translation>未结</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partly paid</source>
            <translation>部分回款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid</source>
            <translation>已结清</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>已作废</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disputed</source>
            <translation>有争议</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Written off</source>
            <translation>已核销坏账</translation>
        </message>
    </context>
    <context>
        <name>Tabs</name>
        <message>
            <location filename="../../app/ui/tabs/__init__.py" line="+60" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Invoices</source>
            <translation>发票</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Aging</source>
            <translation>账龄</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bank</source>
            <translation>银行对账</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Collections</source>
            <translation>催收</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Credit</source>
            <translation>信用</translation>
        </message>
    </context>
    <context>
        <name>UndoImportDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/import_history_dialog.py" line="-165" />
            <source>Undo import #{id}</source>
            <translation>撤销第 {id} 次导入</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This removes from the database what {file} brought in on {date}:</source>
            <translation>此操作将从数据库中删除 {file} 于 {date} 导入的以下内容：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The import stays in the history, marked as undone, and the file can be imported again afterwards. This cannot be reversed.</source>
            <translation>该次导入仍保留在导入记录中并标记为已撤销，之后可以重新导入该文件。此操作无法恢复。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Reason (required, kept in the history):</source>
            <translation>原因(&amp;R)（必填，将保留在历史记录中）：</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Undo import</source>
            <translation>撤销导入</translation>
        </message>
    </context>
    <context>
        <name>WarningWindowDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/insurance_policy.py" line="+10" />
            <source>Deadline warning window</source>
            <translation>截止日预警期限</translation>
        </message>
        <message>
            <location line="+7" />
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Warn before a deadline:</source>
            <translation>截止日前预警(&amp;W)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A notification, extension or claim deadline this close or closer is shown in amber in the deadlines list and counted in the Insurance tab's title.</source>
            <translation>距报告、延期或索赔截止日不超过该天数时，在截止日列表中以橙色显示，并计入“信用保险”标签页标题的数字。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Saving the warning window</source>
            <translation>正在保存预警期限</translation>
        </message>
    </context>
    <context>
        <name>WriteOffDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/writeoff_dialog.py" line="-57" />
            <source>Write off {number}</source>
            <translation>核销坏账 {number}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write off</source>
            <translation>核销坏账</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reason for the write-off (required, kept in the history):</source>
            <translation>核销原因（必填，记入历史）(&amp;R)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write-off &amp;date:</source>
            <translation>核销日期(&amp;D)：</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{number} is a credit note; only invoices can be written off.</source>
            <translation>{number} 是贷项通知单；只有发票可以核销坏账。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{number} is cancelled; there is nothing to write off.</source>
            <translation>{number} 已作废，没有可核销的余额。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{number} is already written off.</source>
            <translation>{number} 已核销坏账。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing is open on {number}; there is nothing to write off.</source>
            <translation>{number} 没有未结金额，无需核销坏账。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The open balance of {amount} {cur} is written off as bad debt on the date below. The invoice then shows as written off with nothing open, and reports count the write-off from that date. It can be reversed later.</source>
            <translation>未结余额 {amount} {cur} 将于下列日期作为坏账核销。之后该发票显示为已核销坏账、没有未结金额，报表自该日期起计入此笔核销。以后可以冲回。</translation>
        </message>
    </context>
    <context>
        <name>_DocumentDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/invoice_dialog.py" line="-267" />
            <source>C&amp;ustomer:</source>
            <translation>客户(&amp;C)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Number:</source>
            <translation>单据号(&amp;N)：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>C&amp;urrency:</source>
            <translation>币种(&amp;U)：</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Amount:</source>
            <translation>金额(&amp;A)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;PO / reference:</source>
            <translation>采购单号/参考号(&amp;P)：</translation>
        </message>
        <message>
            <location line="+25" />
            <source>&amp;Date:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Choose a customer from the list.</source>
            <translation>请从列表中选择客户。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A number is required.</source>
            <translation>请填写单据号。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Number {number} is already used.</source>
            <translation>号码 {number} 已被使用。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown currency {code}.</source>
            <translation>未知币种 {code}。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Enter the amount.</source>
            <translation>请输入金额。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The amount must be greater than zero.</source>
            <translation>金额必须大于零。</translation>
        </message>
    </context>
    <context>
        <name>credit_forms</name>
        <message>
            <location filename="../../app/ui/dialogs/credit_entries.py" line="-100" />
            <source>{text} is not a number.</source>
            <translation>{text} 不是数字。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{text} is not a number of 0 or more.</source>
            <translation>{text} 不是大于或等于 0 的数字。</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../app/ui/errors.py" line="+40" />
            <source>ARDesk</source>
            <translation>ARDesk</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Something went wrong inside ARDesk. Your data was not changed by the failed step. The details were saved to:
{path}
Please send this file to support.</source>
            <translation>ARDesk 内部出现错误。失败的步骤没有更改您的数据。详细信息已保存到：
{path}
请将此文件发送给技术支持。</translation>
        </message>
    </context>
    <context>
        <name>forms</name>
        <message>
            <location filename="../../app/ui/dialogs/forms.py" line="+79" />
            <source>{text} is not an amount.</source>
            <translation>“{text}”不是有效金额。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a currency first.</source>
            <translation>请先选择币种。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Too many decimals for {currency}.</source>
            <translation>{currency} 的小数位数过多。</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <location filename="../../app/cli.py" line="347" />
            <source>open</source>
            <translation>未结</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="347" />
            <source>partly paid</source>
            <translation>部分回款</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="347" />
            <source>paid</source>
            <translation>已结清</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="348" />
            <source>cancelled</source>
            <translation>已作废</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="348" />
            <source>disputed</source>
            <translation>有争议</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="348" />
            <source>written off</source>
            <translation>已核销坏账</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="297" />
            <source>Code</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="297" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="297" />
            <source>Cur.</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="297" />
            <source>Terms</source>
            <translation>账期</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="297" />
            <source>Credit limit</source>
            <translation>信用额度</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="298" />
            <source>Open</source>
            <translation>未结</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="298" />
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="298" />
            <source>Oldest</source>
            <translation>最长逾期</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="318" />
            <source>Unknown customer code {code}.</source>
            <translation>未知客户编号 {code}。</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="336" />
            <source>Number</source>
            <translation>单据号</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="336" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="336" />
            <source>Issued</source>
            <translation>开票日期</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="336" />
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="337" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="337" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="337" />
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="405" />
            <source>{path} already exists; use --force to replace it.</source>
            <translation>{path} 已存在；如需替换，请使用 --force。</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="367" />
            <source>Backup written and verified: {path} ({customers} customers, {invoices} invoices)</source>
            <translation>备份已写入并通过校验：{path}（{customers} 个客户，{invoices} 张发票）</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="382" />
            <source>Restored {path} from {backup} ({customers} customers, {invoices} invoices).</source>
            <translation>已从 {backup} 恢复 {path}（{customers} 个客户，{invoices} 张发票）。</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="396" />
            <source>{path}: integrity ok ({customers} customers, {invoices} invoices).</source>
            <translation>{path}：完整性检查通过（{customers} 个客户，{invoices} 张发票）。</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="412" />
            <source>Demo company written to {path}: {customers} customers, {invoices} invoices.</source>
            <translation>演示公司已写入 {path}：{customers} 个客户，{invoices} 张发票。</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="475" />
            <source>Interrupted; nothing was changed.</source>
            <translation>已中断；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="185" />
            <source>Warning:</source>
            <translation>警告：</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="385" />
            <source>The replaced database was saved as {path}</source>
            <translation>被替换的数据库已另存为 {path}</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="448" />
            <source>Creating the demo company in {path} …</source>
            <translation>正在 {path} 中创建演示公司…</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="490" />
            <source>This is a bug in ARDesk; the details were saved to {path}</source>
            <translation>这是 ARDesk 的程序错误；详细信息已保存到 {path}</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="242" />
            <source>… and {n} more error(s); --rejected FILE writes every rejected row with its errors.</source>
            <translation>……另有 {n} 个错误；使用 --rejected 文件 可写出所有被拒绝的行及其错误。</translation>
        </message>
        <message>
            <location filename="../../app/cli.py" line="246" />
            <source>Rejected rows written to {path}</source>
            <translation>被拒绝的行已写入 {path}</translation>
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="189" />
            <source>{customers} customers re-scored as of {date}: {grades} grade changes saved.</source>
            <translation>已按 {date} 重新评分 {customers} 个客户：保存了 {grades} 项等级变动。</translation>
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="190" />
            <source>{customers} customers as of {date}: {grades} would change grade; nothing saved (use --apply).</source>
            <translation>截至 {date} 共 {customers} 个客户：{grades} 个等级将变动；未保存（使用 --apply 保存）。</translation>
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="325" />
            <source>Credit settings saved; as of {date} {moved} customers change grade.</source>
            <translation>信用设置已保存；截至 {date} 有 {moved} 个客户等级变动。</translation>
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="326" />
            <source>Credit settings are valid; as of {date} {moved} customers would change grade. Nothing saved.</source>
            <translation>信用设置有效；截至 {date} 将有 {moved} 个客户等级变动。未保存。</translation>
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="112" />
            <source>A credit limit cannot be negative.</source>
            <translation>信用额度不能为负数。</translation>
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="110" />
            <source>Not an amount in {currency}: {value}</source>
            <translation>不是有效的 {currency} 金额：{value}</translation>
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="160" />
            <source>Score</source>
            <translation>评分</translation>
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="160" />
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="161" />
            <source>Exposure</source>
            <translation>风险敞口</translation>
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="161" />
            <source>Used %</source>
            <translation>占用 %</translation>
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="184" />
            <source>New grade</source>
            <translation>新等级</translation>
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="185" />
            <source>New limit</source>
            <translation>新额度</translation>
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="207" />
            <source>Alert</source>
            <translation>预警</translation>
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="207" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="225" />
            <source>Last review</source>
            <translation>上次复审</translation>
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="309" />
            <source>Cannot read {path}: {error}</source>
            <translation>无法读取 {path}：{error}</translation>
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="154" />
            <source>Factor</source>
            <translation>因素</translation>
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="154" />
            <source>Points</source>
            <translation>得分</translation>
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="154" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="245" />
            <source>Financials of {code} dated {date} saved.</source>
            <translation>已保存 {code} 于 {date} 的财务数据。</translation>
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="255" />
            <source>Rating {grade} from {source} saved for {code}.</source>
            <translation>已为 {code} 保存 {source} 的评级 {grade}。</translation>
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="266" />
            <source>Event {id} recorded for {code}.</source>
            <translation>已为 {code} 记录事件 {id}。</translation>
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="278" />
            <source>Override {id} for {code} in force from {start} until {until}.</source>
            <translation>{code} 的人工调整 {id} 自 {start} 起生效至 {until}。</translation>
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="292" />
            <source>Review of {code} recorded: grade {grade}, next review {date}.</source>
            <translation>已记录 {code} 的复审：等级 {grade}，下次复审 {date}。</translation>
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="316" />
            <source>{path} is not a JSON object of credit settings.</source>
            <translation>{path} 不是信用设置的 JSON 对象。</translation>
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="153" />
            <source>score</source>
            <translation>评分</translation>
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="153" />
            <source>grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="380" />
            <source>{reference}: recorded as returned; it restarts nothing.</source>
            <translation>{reference}：已登记为退回，不中断诉讼时效。</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="381" />
            <source>{reference}: delivery recorded.</source>
            <translation>{reference}：已记录送达情况。</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="153" />
            <source>Unknown invoice {number}.</source>
            <translation>未知发票 {number}。</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="369" />
            <source>Unknown dunning letter {reference}.</source>
            <translation>未知的催收函 {reference}。</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="172" />
            <source>{value} is not an amount in {currency}.</source>
            <translation>{value} 不是有效的 {currency} 金额。</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="239" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="239" />
            <source>Action</source>
            <translation>动作</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="239" />
            <source>Invoices</source>
            <translation>发票</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="240" />
            <source>Fee</source>
            <translation>费用</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="240" />
            <source>Interest</source>
            <translation>利息</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="240" />
            <source>Total due</source>
            <translation>应付合计</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="355" />
            <source>Invoice</source>
            <translation>发票</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="355" />
            <source>Expires</source>
            <translation>届满日</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="356" />
            <source>Days left</source>
            <translation>剩余天数</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="356" />
            <source>Restarted by</source>
            <translation>重新起算依据</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="262" />
            <source>Promise {id} recorded: {number} by {date}.</source>
            <translation>已记录付款承诺 {id}：{number}，于 {date} 前付款。</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="303" />
            <source>Name one invoice, or --customer CODE.</source>
            <translation>请指定一张发票，或使用 --customer 客户代码。</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="307" />
            <source>Hold {id} set.</source>
            <translation>已设置暂停催收 {id}。</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="331" />
            <source>Name the invoices, --parts N and --first DATE.</source>
            <translation>请指定发票、--parts 期数和 --first 首期日期。</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="336" />
            <source>Instalment plan {id}: {count} parts.</source>
            <translation>分期计划 {id}：共 {count} 期。</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="391" />
            <source>{reference} cancelled.</source>
            <translation>{reference} 已作废。</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="457" />
            <source>{code}: {days} grace days.</source>
            <translation>{code}：宽限 {days} 天。</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="246" />
            <source>{count} dunning action(s) issued for {date}.</source>
            <translation>已出具 {date} 的催收记录 {count} 条。</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="276" />
            <source>{number}: dispute resolved.</source>
            <translation>{number}：争议已解决。</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="277" />
            <source>{number} is disputed and leaves the dunning ladder.</source>
            <translation>{number} 已标记为有争议，退出催收流程。</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="290" />
            <source>From</source>
            <translation>起</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="291" />
            <source>Until</source>
            <translation>截至</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="291" />
            <source>Lifted</source>
            <translation>已解除</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="319" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="319" />
            <source>Parts</source>
            <translation>分期</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="441" />
            <source>Cannot read {path} as UTF-8 text.</source>
            <translation>无法以 UTF-8 文本读取 {path}。</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="406" />
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="406" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="406" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="416" />
            <source>{date} is not in the {region} calendar.</source>
            <translation>{date} 不在 {region} 日历中。</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="300" />
            <source>Hold {id} lifted.</source>
            <translation>暂停催收 {id} 已解除。</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="328" />
            <source>Instalment plan {id} cancelled.</source>
            <translation>分期计划 {id} 已取消。</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="412" />
            <source>{date} added to the {region} calendar.</source>
            <translation>已将 {date} 加入 {region} 日历。</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="418" />
            <source>{date} removed from the {region} calendar.</source>
            <translation>已从 {region} 日历中删除 {date}。</translation>
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="427" />
            <source>{count} calendar day(s) imported.</source>
            <translation>已导入 {count} 个日历日期。</translation>
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="96" />
            <source>Week</source>
            <translation>周</translation>
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="96" />
            <source>To</source>
            <translation>止</translation>
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="105" />
            <source>Later</source>
            <translation>更晚</translation>
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="106" />
            <source>Unlikely</source>
            <translation>不太可能收回</translation>
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="108" />
            <source>Disputed (not forecast)</source>
            <translation>有争议（不计入预测）</translation>
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="109" />
            <source>Unapplied payments</source>
            <translation>未核销回款</translation>
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="110" />
            <source>Open credit notes</source>
            <translation>未使用的贷项通知单</translation>
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="53" />
            <source>Unknown currency {currency}.</source>
            <translation>未知币种 {currency}。</translation>
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="94" />
            <source>Nothing is open.</source>
            <translation>没有未结款项。</translation>
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="155" />
            <source>Dates</source>
            <translation>日期数</translation>
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="155" />
            <source>Mean receipts / week</source>
            <translation>平均每周回款</translation>
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="155" />
            <source>MAE forecast</source>
            <translation>预测平均绝对误差</translation>
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="156" />
            <source>MAE baseline</source>
            <translation>基准平均绝对误差</translation>
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="156" />
            <source>Improvement %</source>
            <translation>改进 %</translation>
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="91" />
            <source>Expected receipts as of {date} (week 1 starts the next day)</source>
            <translation>截至 {date} 的预计回款（第 1 周从次日开始）</translation>
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="98" />
            <source>forecast</source>
            <translation>预测</translation>
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="98" />
            <source>due date</source>
            <translation>按到期日</translation>
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="150" />
            <source>Backtest: {count} dates from {first} to {last}, {weeks} weeks each, against what was received up to {end}</source>
            <translation>回测：{count} 个日期，从 {first} 到 {last}，每个 {weeks} 周，与截至 {end} 的实际回款比较</translation>
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="164" />
            <source>Forecast</source>
            <translation>预测</translation>
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="164" />
            <source>Baseline</source>
            <translation>基准</translation>
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="163" />
            <source>{currency}: mean absolute error by week</source>
            <translation>{currency}：各周平均绝对误差</translation>
        </message>
        <message>
            <location filename="../../app/cli_imports.py" line="62" />
            <source>can be undone</source>
            <translation>可撤销</translation>
        </message>
        <message>
            <location filename="../../app/cli_imports.py" line="66" />
            <source>Imported</source>
            <translation>导入时间</translation>
        </message>
        <message>
            <location filename="../../app/cli_imports.py" line="66" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../app/cli_imports.py" line="66" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../app/cli_imports.py" line="66" />
            <source>Added</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../../app/cli_imports.py" line="67" />
            <source>Unchanged</source>
            <translation>未变化</translation>
        </message>
        <message>
            <location filename="../../app/cli_imports.py" line="67" />
            <source>Rejected</source>
            <translation>被拒绝</translation>
        </message>
        <message>
            <location filename="../../app/cli_imports.py" line="67" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../app/cli_imports.py" line="59" />
            <source>undone {date}: {reason}</source>
            <translation>已于 {date} 撤销：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="165" />
            <source>An amount cannot be negative.</source>
            <translation>金额不能为负数。</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="176" />
            <source>Not a percentage: {value}</source>
            <translation>不是百分比：{value}</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="300" />
            <source>Policy</source>
            <translation>保单</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="300" />
            <source>Insured limit</source>
            <translation>保险限额</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="301" />
            <source>Over by</source>
            <translation>超出</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="338" />
            <source>Next</source>
            <translation>下一步</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="339" />
            <source>Notify by</source>
            <translation>报损截止</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="339" />
            <source>Extension ends</source>
            <translation>延展期届满</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="339" />
            <source>Claim by</source>
            <translation>索赔截止</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="435" />
            <source>Claim</source>
            <translation>索赔</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="435" />
            <source>Opened</source>
            <translation>创建日</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="435" />
            <source>Claimable</source>
            <translation>可索赔</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="436" />
            <source>Paid</source>
            <translation>已结清</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="436" />
            <source>Recovered</source>
            <translation>已追回</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="215" />
            <source>Insurer</source>
            <translation>保险公司</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="215" />
            <source>Period</source>
            <translation>保险期间</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="215" />
            <source>Indemnity</source>
            <translation>赔偿比例</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="216" />
            <source>Deductible</source>
            <translation>免赔额</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="216" />
            <source>Buyers</source>
            <translation>买方数</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="233" />
            <source>Policy {number} saved (id {id}).</source>
            <translation>保单{number}已保存（编号{id}）。</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="264" />
            <source>Valid</source>
            <translation>有效期</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="282" />
            <source>Insured limit {id} for {code} saved.</source>
            <translation>已保存{code}的保险限额{id}。</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="315" />
            <source>Invoice {number} notified to the insurer on {date}.</source>
            <translation>发票{number}已于{date}向保险公司报损。</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="451" />
            <source>Claim pack written to {path}</source>
            <translation>索赔材料已写入{path}</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="272" />
            <source>Insured limit {id} ends on {date}.</source>
            <translation>保险限额{id}于{date}终止。</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="364" />
            <source>Claim {reference} opened for {code}: {count} invoice(s), {currency} {amount} claimable if filed on {date}.</source>
            <translation>已为{code}创建索赔{reference}：{count}张发票，若于{date}提交可索赔{currency} {amount}。</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="373" />
            <source>Claim {reference} filed on {date}: {currency} {amount} claimable.</source>
            <translation>索赔{reference}已于{date}提交：可索赔{currency} {amount}。</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="378" />
            <source>Claim {reference} paid on {date}.</source>
            <translation>索赔{reference}已于{date}赔付。</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="381" />
            <source>Claim {reference} rejected on {date}.</source>
            <translation>索赔{reference}已于{date}被拒赔。</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="385" />
            <source>Recovery of {currency} {amount} recorded for claim {reference}.</source>
            <translation>已登记索赔{reference}的追回款{currency} {amount}。</translation>
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="389" />
            <source>Document list of claim {reference} updated.</source>
            <translation>索赔{reference}的单证清单已更新。</translation>
        </message>
        <message>
            <location filename="../../app/cli_ledger.py" line="126" />
            <source>{currency} on {date}: {rate}</source>
            <translation>{currency} 于 {date}：{rate}</translation>
        </message>
        <message>
            <location filename="../../app/cli_ledger.py" line="126" />
            <source>{currency} on {date}: {rate} (unchanged)</source>
            <translation>{currency} 于 {date}：{rate}（未变）</translation>
        </message>
        <message>
            <location filename="../../app/cli_ledger.py" line="86" />
            <source>Give one invoice number, or 'reverse' and one invoice number.</source>
            <translation>请给出一个发票号码，或 'reverse' 加一个发票号码。</translation>
        </message>
        <message>
            <location filename="../../app/cli_ledger.py" line="75" />
            <source>--date does not apply to reversing a write-off.</source>
            <translation>冲回坏账核销不使用 --date。</translation>
        </message>
        <message>
            <location filename="../../app/cli_ledger.py" line="137" />
            <source>There is no rate of {currency} on {date}.</source>
            <translation>{currency} 于 {date} 没有汇率。</translation>
        </message>
        <message>
            <location filename="../../app/cli_ledger.py" line="154" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../app/cli_ledger.py" line="154" />
            <source>Rate</source>
            <translation>汇率</translation>
        </message>
        <message>
            <location filename="../../app/cli_ledger.py" line="154" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../app/cli_ledger.py" line="80" />
            <source>{number} is not written off.</source>
            <translation>{number} 未核销坏账。</translation>
        </message>
        <message>
            <location filename="../../app/cli_ledger.py" line="93" />
            <source>Wrote off {amount} {currency} on {number}, dated {date}.</source>
            <translation>已核销 {number} 的坏账 {amount} {currency}，日期 {date}。</translation>
        </message>
        <message>
            <location filename="../../app/cli_ledger.py" line="139" />
            <source>Removed the rate of {currency} on {date}.</source>
            <translation>已删除 {currency} 于 {date} 的汇率。</translation>
        </message>
        <message>
            <location filename="../../app/cli_ledger.py" line="82" />
            <source>Reversed the write-off of {number}: {amount} {currency} is open again.</source>
            <translation>已冲回 {number} 的坏账核销：{amount} {currency} 重新未结。</translation>
        </message>
        <message>
            <location filename="../../app/cli_letters.py" line="54" />
            <source>letters statement --all needs --dir DIR or --pdf FILE.</source>
            <translation>letters statement --all 需要 --dir DIR 或 --pdf FILE。</translation>
        </message>
        <message>
            <location filename="../../app/cli_letters.py" line="44" />
            <source>letters statement --customer needs --pdf FILE (and no --dir).</source>
            <translation>letters statement --customer 需要 --pdf FILE（不能同时使用 --dir）。</translation>
        </message>
        <message>
            <location filename="../../app/cli_letters.py" line="51" />
            <source>Wrote {path}</source>
            <translation>已写入 {path}</translation>
        </message>
        <message>
            <location filename="../../app/cli_letters.py" line="60" />
            <source>Wrote {count} statements to {dir}</source>
            <translation>已将 {count} 份对账单写入 {dir}</translation>
        </message>
        <message>
            <location filename="../../app/cli_letters.py" line="65" />
            <source>No customer has open items on {date}; nothing was written.</source>
            <translation>截至 {date} 没有客户有未结款项，未写入任何文件。</translation>
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="72" />
            <source>system keyring</source>
            <translation>系统密钥环</translation>
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="84" />
            <source>The e-mail settings are not complete: set them with `mail settings --server … --from …`.</source>
            <translation>电子邮件设置不完整：请用 `mail settings --server … --from …` 设置。</translation>
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="75" />
            <source>Setting</source>
            <translation>设置项</translation>
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="75" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="113" />
            <source>sent</source>
            <translation>已发送</translation>
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="117" />
            <source>Letter</source>
            <translation>函件</translation>
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="117" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="73" />
            <source>not kept (no system keyring); use {variable}</source>
            <translation>未保存（没有系统密钥环）；请使用 {variable}</translation>
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="87" />
            <source>Test mail sent to {address}: {answer}</source>
            <translation>测试邮件已发送至 {address}：{answer}</translation>
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="113" />
            <source>skipped</source>
            <translation>已跳过</translation>
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="113" />
            <source>failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="119" />
            <source>{sent} of {count} letter(s) e-mailed.</source>
            <translation>共 {count} 封函件，已通过电子邮件发送 {sent} 封。</translation>
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="66" />
            <source>Password for {user} on {server}: </source>
            <translation>{user} 在 {server} 上的密码：</translation>
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="69" />
            <source>No system keyring on this computer: the password is not kept. Set {variable} for the commands that send mail.</source>
            <translation>本机没有系统密钥环：密码不会被保存。发送邮件的命令请设置环境变量 {variable}。</translation>
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="107" />
            <source>No letters were issued on {date}.</source>
            <translation>{date} 没有出具函件。</translation>
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="59" />
            <source>Name the statement line (its reference, or #ID).</source>
            <translation>请指定对账单流水（其流水号，或 #编号）。</translation>
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="69" />
            <source>Say what to do: --auto, or show / accept / apply / ignore / undo LINE.</source>
            <translation>请说明要做什么：--auto，或 show / accept / apply / ignore / undo 流水。</translation>
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="182" />
            <source>Write the invoice and amount as NUMBER=AMOUNT: {value}</source>
            <translation>请按 发票号=金额 的格式填写：{value}</translation>
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="201" />
            <source>apply needs --customer CODE.</source>
            <translation>apply 需要 --customer 客户编号。</translation>
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="66" />
            <source>--auto matches every line; do not name an action with it.</source>
            <translation>--auto 会匹配所有流水；不要同时指定操作。</translation>
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="169" />
            <source>Line {line} has {count} proposal(s); there is no number {n}.</source>
            <translation>流水 {line} 有 {count} 个建议；没有第 {n} 个。</translation>
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="207" />
            <source>Unknown customer {code}.</source>
            <translation>未知客户 {code}。</translation>
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="231" />
            <source>The invoices get more than the line's amount.</source>
            <translation>分配给发票的金额超过了该流水的金额。</translation>
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="172" />
            <source>Line {line} reconciled.</source>
            <translation>流水 {line} 已对账。</translation>
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="243" />
            <source>Line {line} ignored.</source>
            <translation>流水 {line} 已忽略。</translation>
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="252" />
            <source>Line {line}: reconciliation undone; the line is unmatched again.</source>
            <translation>流水 {line}：对账已撤销，该流水恢复为未匹配。</translation>
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="261" />
            <source>{file}: {rows} allocation rows written.</source>
            <translation>{file}：已写入 {rows} 行核销记录。</translation>
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="81" />
            <source>{lines} lines: {auto} matched automatically, {suggested} with suggestions to review, {unmatched} unmatched ({debits} of them debits).</source>
            <translation>共 {lines} 条流水：{auto} 条自动匹配，{suggested} 条有待复核的建议，{unmatched} 条未匹配（其中 {debits} 条为支出）。</translation>
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="150" />
            <source>credit left: {amount}</source>
            <translation>剩余贷项：{amount}</translation>
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="218" />
            <source>DSO</source>
            <translation>DSO</translation>
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="218" />
            <source>Countback DSO</source>
            <translation>倒推法 DSO</translation>
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="219" />
            <source>Best possible DSO</source>
            <translation>最佳可能 DSO</translation>
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="220" />
            <source>Average days delinquent</source>
            <translation>平均拖欠天数</translation>
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="220" />
            <source>CEI %</source>
            <translation>回款效率指数 CEI %</translation>
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="221" />
            <source>Overdue %</source>
            <translation>逾期占比 %</translation>
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="221" />
            <source>Bad-debt %</source>
            <translation>坏账率 %</translation>
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="136" />
            <source>Unapplied</source>
            <translation>未核销</translation>
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="136" />
            <source>Net</source>
            <translation>净额</translation>
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="213" />
            <source>Credit sales (S)</source>
            <translation>赊销额 (S)</translation>
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="214" />
            <source>AR</source>
            <translation>应收账款</translation>
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="215" />
            <source>AR at start</source>
            <translation>期初应收</translation>
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="216" />
            <source>Current (not due)</source>
            <translation>未到期应收</translation>
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="217" />
            <source>Written off in period</source>
            <translation>本期核销坏账</translation>
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="225" />
            <source>Figure</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="210" />
            <source>KPIs in {currency} as of {date}, period of {days} days from {start}</source>
            <translation>{currency} 指标，截至 {date}，期间自 {start} 起共 {days} 天</translation>
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="228" />
            <source>Month end</source>
            <translation>月末</translation>
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="233" />
            <source>Paid invoices</source>
            <translation>已付清发票</translation>
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="233" />
            <source>Avg. days to pay</source>
            <translation>平均付款天数</translation>
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="234" />
            <source>Avg. days beyond terms</source>
            <translation>平均超期天数</translation>
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="146" />
            <source>Total in {currency} (converted)</source>
            <translation>折合 {currency} 合计</translation>
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="40" />
            <source>unmatched</source>
            <translation>未匹配</translation>
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="40" />
            <source>auto-matched</source>
            <translation>自动匹配</translation>
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="40" />
            <source>suggested</source>
            <translation>建议匹配</translation>
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="41" />
            <source>matched</source>
            <translation>已匹配</translation>
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="41" />
            <source>ignored</source>
            <translation>已忽略</translation>
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="112" />
            <source>{file} was imported before: nothing imported, {skipped} lines skipped as duplicates.</source>
            <translation>{file} 之前已导入：未导入任何内容，{skipped} 笔流水作为重复项跳过。</translation>
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="114" />
            <source>{file}: {imported} lines imported, {skipped} skipped as duplicates ({statements} statements).</source>
            <translation>{file}：已导入 {imported} 笔流水，{skipped} 笔作为重复项跳过（{statements} 份对账单）。</translation>
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="165" />
            <source>{file} has no column {column}; its columns are: {columns}.</source>
            <translation>{file} 中没有列 {column}；现有的列：{columns}。</translation>
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="142" />
            <source>Line</source>
            <translation>流水</translation>
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="142" />
            <source>Booked</source>
            <translation>记账日期</translation>
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="142" />
            <source>Counterparty</source>
            <translation>对方户名</translation>
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="143" />
            <source>Remittance</source>
            <translation>附言</translation>
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="217" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="217" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="201" />
            <source>Saved the statement mapping {name}; {file} reads as {lines} lines.</source>
            <translation>已保存对账单映射 {name}；{file} 读出 {lines} 行。</translation>
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="228" />
            <source>There is no saved statement mapping named {name}.</source>
            <translation>没有名为 {name} 的已保存对账单映射。</translation>
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="213" />
            <source>fixed: {value}</source>
            <translation>固定：{value}</translation>
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="230" />
            <source>Deleted the statement mapping {name}.</source>
            <translation>已删除对账单映射 {name}。</translation>
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="102" />
            <source>{file}: {lines} lines in {statements} statements; nothing was written.</source>
            <translation>{file}：{statements} 份对账单共 {lines} 笔流水；未写入任何内容。</translation>
        </message>
        <message>
            <location filename="../../app/services/aging.py" line="113" />
            <source>Not due</source>
            <translation>未到期</translation>
        </message>
        <message>
            <location filename="../../app/services/aging.py" line="122" />
            <source>Give at least one bucket limit, such as 30,60,90.</source>
            <translation>请至少给出一个账龄分段上限，例如 30,60,90。</translation>
        </message>
        <message>
            <location filename="../../app/services/aging.py" line="124" />
            <source>At most {n} bucket limits.</source>
            <translation>账龄分段上限最多 {n} 个。</translation>
        </message>
        <message>
            <location filename="../../app/services/aging.py" line="133" />
            <source>Bucket limits must be whole numbers of days, each larger than the one before: {text}</source>
            <translation>账龄分段上限必须是整数天数，且逐个递增：{text}</translation>
        </message>
        <message>
            <location filename="../../app/services/aging.py" line="152" />
            <source>Unknown aging basis {value}; use due or issue.</source>
            <translation>未知的账龄基准 {value}；请使用 due（到期日）或 issue（开票日）。</translation>
        </message>
        <message>
            <location filename="../../app/services/aging.py" line="116" />
            <source>{lo}–{hi} days</source>
            <translation>{lo}–{hi}天</translation>
        </message>
        <message>
            <location filename="../../app/services/aging.py" line="162" />
            <source>Unknown currency {value}.</source>
            <translation>未知币种 {value}。</translation>
        </message>
        <message>
            <location filename="../../app/services/aging.py" line="419" />
            <source>No exchange rate for {currency} on or before {date}: {amount} {currency} left out of the {home} total.</source>
            <translation>{date} 及之前没有 {currency} 的汇率：{amount} {currency} 未计入 {home} 合计。</translation>
        </message>
        <message>
            <location filename="../../app/services/aging.py" line="115" />
            <source>&gt;{days} days</source>
            <translation>{days}天以上</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="233" />
            <source> pts</source>
            <translation> 个百分点</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="236" />
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="237" />
            <source>CEI</source>
            <translation>回款效率指数 CEI</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="334" />
            <source>by due date</source>
            <translation>按到期日</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="334" />
            <source>by invoice date</source>
            <translation>按开票日期</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="79" />
            <source>% overdue</source>
            <translation>逾期占比</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="123" />
            <source>Aging</source>
            <translation>账龄分析</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="245" />
            <source>Open invoices more than {days} days past their due date, in {currency}.</source>
            <translation>已过到期日超过 {days} 天的未结发票（{currency}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="275" />
            <source>All customers</source>
            <translation>全部客户</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="285" />
            <source>Total AR</source>
            <translation>应收总额</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="285" />
            <source>DSO (days)</source>
            <translation>DSO（天）</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="288" />
            <source>No history</source>
            <translation>暂无历史数据</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="301" />
            <source>Later / unlikely</source>
            <translation>以后/不太可能收回</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="303" />
            <source>Pays on due date</source>
            <translation>按到期日付款</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="311" />
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页，共 {pages} 页</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="311" />
            <source>As of {date}</source>
            <translation>截至 {date}</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="312" />
            <source>Printed {date}</source>
            <translation>打印日期 {date}</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="189" />
            <source>vs {date}</source>
            <translation>较 {date}</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="270" />
            <source>largest {top} of {n} customers: {pct}% of the total</source>
            <translation>{n} 个客户中余额最大的 {top} 个：占合计的 {pct}%</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="335" />
            <source>Aging report</source>
            <translation>账龄分析报告</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="199" />
            <source>{days} days</source>
            <translation>{days} 天</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="221" />
            <source>Total AR ({currency})</source>
            <translation>应收总额（{currency}）</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="248" />
            <source>{pct}% of total AR.</source>
            <translation>占应收总额的 {pct}%。</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="249" />
            <source>&gt;{days} days overdue</source>
            <translation>逾期 {days} 天以上</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="273" />
            <source>Largest balances by age ({currency})</source>
            <translation>余额最大的客户及账龄（{currency}）</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="274" />
            <source>Nothing open in {currency}</source>
            <translation>{currency} 没有未结款项</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="287" />
            <source>Last {n} month ends ({currency})</source>
            <translation>最近 {n} 个月末（{currency}）</translation>
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="304" />
            <source>Expected receipts per week ({currency})</source>
            <translation>每周预计回款（{currency}）</translation>
        </message>
        <message>
            <location filename="../../app/services/allocation.py" line="186" />
            <source>There is nothing to allocate.</source>
            <translation>没有可核销的内容。</translation>
        </message>
        <message>
            <location filename="../../app/services/backtest.py" line="114" />
            <source>A backtest needs 1 to 104 weeks, a step of 1 to 104 weeks and 1 to 200 dates.</source>
            <translation>回测需要 1 到 104 周、1 到 104 周的间隔和 1 到 200 个日期。</translation>
        </message>
        <message>
            <location filename="../../app/services/backtest.py" line="118" />
            <source>Replaying the forecast</source>
            <translation>正在回放预测</translation>
        </message>
        <message>
            <location filename="../../app/services/company.py" line="86" />
            <source>The company name is required.</source>
            <translation>请填写公司名称。</translation>
        </message>
        <message>
            <location filename="../../app/services/company.py" line="81" />
            <source>The image must be a PNG or JPEG file.</source>
            <translation>图片必须是 PNG 或 JPEG 文件。</translation>
        </message>
        <message>
            <location filename="../../app/services/company.py" line="92" />
            <source>Bank account {n} has no account number.</source>
            <translation>第 {n} 个银行账户没有填写账号。</translation>
        </message>
        <message>
            <location filename="../../app/services/company.py" line="95" />
            <source>Bank account {n}: unknown currency {value}.</source>
            <translation>第 {n} 个银行账户：未知币种 {value}。</translation>
        </message>
        <message>
            <location filename="../../app/services/company.py" line="83" />
            <source>The image is larger than {size} MB; use a smaller one.</source>
            <translation>图片大于 {size} MB，请使用更小的图片。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/__init__.py" line="56" />
            <source>Unknown customer.</source>
            <translation>未知客户。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/alerts.py" line="30" />
            <source>Over the credit limit</source>
            <translation>超出信用额度</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/alerts.py" line="31" />
            <source>Over the insured limit</source>
            <translation>超出保险限额</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/alerts.py" line="32" />
            <source>Over the warning line</source>
            <translation>超过预警线</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/alerts.py" line="32" />
            <source>Grade dropped</source>
            <translation>等级下调</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/alerts.py" line="33" />
            <source>Review overdue</source>
            <translation>复审逾期</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/alerts.py" line="33" />
            <source>Financials out of date</source>
            <translation>财务数据过期</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/alerts.py" line="59" />
            <source>Exposure {exposure} is above the credit limit {limit}.</source>
            <translation>风险敞口 {exposure} 超出信用额度 {limit}。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/alerts.py" line="67" />
            <source>Grade {old} would drop to {new} (score {score}); re-score to save it.</source>
            <translation>等级将由 {old} 降为 {new}（评分 {score}）；重新评分后保存。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/alerts.py" line="76" />
            <source>Review was due on {date} ({days} days ago).</source>
            <translation>复审应于 {date} 进行（已过 {days} 天）。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/alerts.py" line="62" />
            <source>Exposure {exposure} uses {pct} % of the credit limit {limit} (warning line {line} %).</source>
            <translation>风险敞口 {exposure} 已占用信用额度 {limit} 的 {pct} %（预警线 {line} %）。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/alerts.py" line="72" />
            <source>Grade dropped from {old} to {new} on {date}.</source>
            <translation>{date} 等级由 {old} 降为 {new}。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/entries.py" line="47" />
            <source>A ratio must be 0 or more and below 1000: {value}</source>
            <translation>比率须不小于 0 且小于 1000：{value}</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/entries.py" line="57" />
            <source>Unknown grade {grade}; use A, B, C or D.</source>
            <translation>未知等级 {grade}；请用 A、B、C 或 D。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/entries.py" line="68" />
            <source>Give the debt-to-assets ratio, the current ratio or both.</source>
            <translation>请填写资产负债率、流动比率或两者。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/entries.py" line="97" />
            <source>Give the rating's source and grade.</source>
            <translation>请填写评级来源和等级。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/entries.py" line="111" />
            <source>Unknown event kind {kind}; use {kinds}.</source>
            <translation>未知事件类型 {kind}；可用：{kinds}。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/entries.py" line="125" />
            <source>An event cannot be cleared before it happened.</source>
            <translation>事件的解除日期不能早于发生日期。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/entries.py" line="131" />
            <source>Unknown credit event.</source>
            <translation>未知信用事件。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/entries.py" line="160" />
            <source>An override needs a grade, a limit or both.</source>
            <translation>人工调整须指定等级、额度或两者。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/entries.py" line="164" />
            <source>Give the reason for the override.</source>
            <translation>请填写人工调整的原因。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/entries.py" line="166" />
            <source>The override must run until {start} or later.</source>
            <translation>人工调整的截止日期不能早于 {start}。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/entries.py" line="182" />
            <source>Unknown override.</source>
            <translation>未知人工调整。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/entries.py" line="45" />
            <source>{value} is not a number.</source>
            <translation>{value} 不是数字。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/gate.py" line="69" />
            <source>{customer}: exposure {after} would pass the warning line ({line} %) of the credit limit {limit}.</source>
            <translation>{customer}：风险敞口将达 {after}，超过信用额度 {limit} 的预警线（{line} %）。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/gate.py" line="79" />
            <source>{count} customer(s) need a reason to accept the new invoices: {first} Give the reason to go ahead (it is kept in the audit log).</source>
            <translation>{count} 个客户需要填写原因才能接受新发票：{first} 请填写原因后继续（原因会记入审计日志）。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/gate.py" line="140" />
            <source>Give a reason for accepting the invoice past the credit check.</source>
            <translation>请填写越过信用检查接受该发票的原因。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/gate.py" line="65" />
            <source>{customer} (grade {grade}) must pay in advance: new invoices are refused unless you give a reason to override.</source>
            <translation>{customer}（等级 {grade}）须预付款：除非填写原因予以放行，否则不接受新发票。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/gate.py" line="68" />
            <source>{customer}: exposure {after} would be over the credit limit {limit}.</source>
            <translation>{customer}：风险敞口将达 {after}，超出信用额度 {limit}。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/reviews.py" line="98" />
            <source>Give the review's decision.</source>
            <translation>请填写复审结论。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/reviews.py" line="110" />
            <source>The next review must come after the review date.</source>
            <translation>下次复审日期须晚于本次复审日期。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="37" />
            <source>Payment behaviour</source>
            <translation>付款表现</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="37" />
            <source>Current overdue</source>
            <translation>当前逾期</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="38" />
            <source>Limit utilisation</source>
            <translation>额度占用</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="38" />
            <source>Relationship length</source>
            <translation>合作时长</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="39" />
            <source>Financial ratios</source>
            <translation>财务比率</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="39" />
            <source>External rating</source>
            <translation>外部评级</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="40" />
            <source>Litigation</source>
            <translation>诉讼</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="40" />
            <source>Insolvency notice</source>
            <translation>破产通知</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="41" />
            <source>Returned payment</source>
            <translation>退票</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="41" />
            <source>Negative event</source>
            <translation>负面事件</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="171" />
            <source>{late} % of {count} invoices paid in the last 12 months were late; on average {days} days beyond terms (weighted by amount).</source>
            <translation>近 12 个月已付的 {count} 张发票中 {late} % 逾期付款；平均超出账期 {days} 天（按金额加权）。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="188" />
            <source>{pct} % of the open invoices is overdue; the oldest item is {days} days past due.</source>
            <translation>未结发票中 {pct} % 已逾期；最早一笔已逾期 {days} 天。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="211" />
            <source>Exposure uses {pct} % of the credit limit.</source>
            <translation>风险敞口占信用额度的 {pct} %。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="219" />
            <source>No invoices yet.</source>
            <translation>尚无发票。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="221" />
            <source>Customer for {months} months (first invoice {date}).</source>
            <translation>合作 {months} 个月（首张发票 {date}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="249" />
            <source>Debt-to-assets {dta}, current ratio {cr} (statement of {date}).</source>
            <translation>资产负债率 {dta}，流动比率 {cr}（{date} 报表）。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="272" />
            <source>{source} rates the customer {grade} ({date}).</source>
            <translation>{source} 给予该客户评级 {grade}（{date}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="300" />
            <source>Grade set to {grade} by hand until {date}: {reason}</source>
            <translation>等级人工设为 {grade}，至 {date}：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="160" />
            <source>Only {count} invoice(s) paid in the last 12 months: too little history, neutral.</source>
            <translation>近 12 个月仅付清 {count} 张发票：历史不足，按中性计分。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="181" />
            <source>Nothing overdue.</source>
            <translation>无逾期。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="200" />
            <source>Nothing owed: no part of the credit limit is used.</source>
            <translation>无欠款：未占用信用额度。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="202" />
            <source>No credit limit set: neutral.</source>
            <translation>未设信用额度：按中性计分。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="207" />
            <source>Exposure above a credit limit of zero.</source>
            <translation>信用额度为零但有风险敞口。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="231" />
            <source>No financial statements entered: neutral.</source>
            <translation>未录入财务报表：按中性计分。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="239" />
            <source>The latest financial statement ({date}) is older than {months} months: neutral.</source>
            <translation>最近的财务报表（{date}）已超过 {months} 个月：按中性计分。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="257" />
            <source>No external rating entered: neutral.</source>
            <translation>未录入外部评级：按中性计分。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="262" />
            <source>The external rating of {date} is older than {months} months: neutral.</source>
            <translation>{date} 的外部评级已超过 {months} 个月：按中性计分。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="268" />
            <source>External rating {grade} is not in the rating scale: neutral.</source>
            <translation>外部评级 {grade} 不在评级对照表中：按中性计分。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="290" />
            <source>{kind} on {date} caps the grade at {grade}.</source>
            <translation>{date} 的{kind}使等级最高为 {grade}。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="69" />
            <source>Days beyond terms</source>
            <translation>超期天数</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="69" />
            <source>Invoices paid late</source>
            <translation>逾期付款发票</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="70" />
            <source>Overdue share</source>
            <translation>逾期占比</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="70" />
            <source>Oldest overdue item</source>
            <translation>最久逾期项</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="71" />
            <source>Utilisation</source>
            <translation>额度占用率</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="71" />
            <source>Months as a customer</source>
            <translation>合作月数</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="72" />
            <source>Debt-to-assets ratio</source>
            <translation>资产负债率</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="72" />
            <source>Current ratio</source>
            <translation>流动比率</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="75" />
            <source>days paid after the due date, weighted by amount</source>
            <translation>到期后付款天数（按金额加权）</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="76" />
            <source>% of the invoices paid in 12 months</source>
            <translation>占近 12 个月已付发票的 %</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="77" />
            <source>% of the open invoices</source>
            <translation>占未结发票的 %</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="78" />
            <source>days past the due date</source>
            <translation>超过到期日的天数</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="79" />
            <source>% of the credit limit</source>
            <translation>占信用额度的 %</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="80" />
            <source>months since the first invoice</source>
            <translation>自首张发票起的月数</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="81" />
            <source>total debt ÷ total assets (0.45 = 45 %)</source>
            <translation>负债总额 ÷ 资产总额（0.45 = 45 %）</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="82" />
            <source>current assets ÷ current liabilities</source>
            <translation>流动资产 ÷ 流动负债</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="213" />
            <source>Give each credit factor a weight of 0 or more.</source>
            <translation>每个信用因素的权重须不小于 0。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="215" />
            <source>The credit factor weights must add up to 100 (now {total}).</source>
            <translation>信用因素权重之和须为 100（当前 {total}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="218" />
            <source>The grade thresholds must satisfy 0 &lt; C &lt; B &lt; A ≤ 100.</source>
            <translation>等级分数线须满足 0 &lt; C &lt; B &lt; A ≤ 100。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="221" />
            <source>Unknown factor curve: {name}.</source>
            <translation>未知的因素曲线：{name}。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="227" />
            <source>Each negative event kind needs a grade cap of A, B, C or D.</source>
            <translation>每种负面事件须设定等级上限 A、B、C 或 D。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="231" />
            <source>A negative event counts for 1–{max} whole months, or until it is cleared.</source>
            <translation>负面事件的有效期为 1–{max} 个整月，或直至解除。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="234" />
            <source>There must be one grade policy for each of A, B, C and D.</source>
            <translation>A、B、C、D 每个等级须各有一项等级政策。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="248" />
            <source>The neutral share must be 0–100 % and the warning line 1–100 %.</source>
            <translation>中性得分比例须为 0–100 %，预警线须为 1–100 %。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="252" />
            <source>Minimum history, staleness and limit rounding must be positive whole numbers.</source>
            <translation>最少历史、过期月数和额度取整须为正整数。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="293" />
            <source>{factor} – {name}: the curve needs at least one point.</source>
            <translation>{factor} – {name}：曲线至少需要一个点。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="295" />
            <source>{factor} – {name}: a curve has at most {max} points.</source>
            <translation>{factor} – {name}：一条曲线最多 {max} 个点。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="238" />
            <source>Grade {grade}: terms must be 0–3650 days and the limit share 0–1000 %.</source>
            <translation>等级 {grade}：账期须为 0–3650 天，额度比例须为 0–1000 %。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="242" />
            <source>Grade {grade}: the limit floor must be 0 or more and not above the cap.</source>
            <translation>等级 {grade}：额度下限须不小于 0 且不高于上限。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="245" />
            <source>Grade {grade}: reviews must come every 1–60 months.</source>
            <translation>等级 {grade}：复审周期须为 1–60 个月。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="301" />
            <source>{factor} – {name}, point {point}: enter numbers.</source>
            <translation>{factor} – {name}，第 {point} 点：请输入数字。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="304" />
            <source>{factor} – {name}, point {point}: the value must be {low} to {high} ({unit}).</source>
            <translation>{factor} – {name}，第 {point} 点：取值须在 {low} 到 {high} 之间（{unit}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="307" />
            <source>{factor} – {name}, point {point}: the share must be 0–100 %.</source>
            <translation>{factor} – {name}，第 {point} 点：得分比例须为 0–100 %。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="310" />
            <source>{factor} – {name}, point {point}: use at most {places} decimal places.</source>
            <translation>{factor} – {name}，第 {point} 点：最多 {places} 位小数。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="313" />
            <source>{factor} – {name}, point {point}: the value {value} must be above the previous point's {previous}; the points are kept in order.</source>
            <translation>{factor} – {name}，第 {point} 点：取值 {value} 须大于前一点的 {previous}；各点按取值顺序排列。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="328" />
            <source>External rating scale, row {row}: enter the grade.</source>
            <translation>外部评级表第 {row} 行：请输入评级。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="331" />
            <source>External rating scale, row {row}: a grade has at most {max} characters.</source>
            <translation>外部评级表第 {row} 行：评级最多 {max} 个字符。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="334" />
            <source>External rating scale, row {row}: the share of {grade} must be a whole number 0–100 %.</source>
            <translation>外部评级表第 {row} 行：{grade} 的得分比例须为 0–100 % 的整数。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="338" />
            <source>External rating scale, row {row}: {grade} is already in row {first}.</source>
            <translation>外部评级表第 {row} 行：{grade} 已在第 {first} 行。</translation>
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="205" />
            <source>The stored credit settings cannot be read; save them again.</source>
            <translation>无法读取已保存的信用设置，请重新保存。</translation>
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="109" />
            <source>Customer code {code} already exists.</source>
            <translation>客户编号 {code} 已存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="129" />
            <source>Customer {id} does not exist.</source>
            <translation>客户 {id} 不存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="62" />
            <source>A customer code is required.</source>
            <translation>请填写客户编号。</translation>
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="66" />
            <source>A customer name is required.</source>
            <translation>请填写客户名称。</translation>
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="70" />
            <source>Payment terms must be between 0 and {max} days.</source>
            <translation>账期必须在 0 到 {max} 天之间。</translation>
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="73" />
            <source>The credit limit cannot be negative.</source>
            <translation>信用额度不能为负数。</translation>
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="75" />
            <source>{value} is not an e-mail address.</source>
            <translation>“{value}”不是有效的电子邮箱地址。</translation>
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="77" />
            <source>Letter language must be zh or en.</source>
            <translation>函件语言必须是 zh 或 en。</translation>
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="79" />
            <source>The early-payment discount must be between 0 and 50 %.</source>
            <translation>现金折扣必须在 0 到 50 % 之间。</translation>
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="83" />
            <source>Discount days must be between 0 and {max}.</source>
            <translation>折扣天数必须在 0 到 {max} 之间。</translation>
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="151" />
            <source>The currency of {code} cannot change: it already has invoices in {currency}.</source>
            <translation>{code} 的币种不能更改：该客户已有 {currency} 币种的发票。</translation>
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="64" />
            <source>The customer code is longer than 64 characters.</source>
            <translation>客户编号超过 64 个字符。</translation>
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="81" />
            <source>Give the number of days the early-payment discount applies.</source>
            <translation>请填写现金折扣适用的天数。</translation>
        </message>
        <message>
            <location filename="../../app/services/demo.py" line="112" />
            <source>The demo needs at least one customer.</source>
            <translation>演示数据至少需要一个客户。</translation>
        </message>
        <message>
            <location filename="../../app/services/demo.py" line="114" />
            <source>The number of invoices cannot be negative.</source>
            <translation>发票数量不能为负数。</translation>
        </message>
        <message>
            <location filename="../../app/services/demo.py" line="116" />
            <source>The demo covers 1 to 120 months.</source>
            <translation>演示数据的时间跨度须为 1 到 120 个月。</translation>
        </message>
        <message>
            <location filename="../../app/services/demo.py" line="127" />
            <source>{path} already has customers, invoices or payments; the demo company is only written into an empty database.</source>
            <translation>{path} 中已有客户、发票或回款；演示公司只能写入空数据库。</translation>
        </message>
        <message>
            <location filename="../../app/services/demo.py" line="189" />
            <source>Creating the demo company</source>
            <translation>正在创建演示公司</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/calendar.py" line="79" />
            <source>Give a region code of at most 10 characters (e.g. CN).</source>
            <translation>请填写不超过 10 个字符的地区代码（例如 CN）。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/calendar.py" line="82" />
            <source>A calendar day is a holiday or a workday, not {kind}.</source>
            <translation>日历中的日期只能是节假日（holiday）或工作日（workday），不能是 {kind}。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/calendar.py" line="126" />
            <source>{value} is not a date (YYYY-MM-DD).</source>
            <translation>{value} 不是日期（格式 YYYY-MM-DD）。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="56" />
            <source>Put a hold on one invoice or on one customer.</source>
            <translation>暂停催收只能针对一张发票或一个客户。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="58" />
            <source>Give a reason for the hold.</source>
            <translation>请填写暂停催收的原因。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="60" />
            <source>The hold ends on {until}, before it starts ({start}).</source>
            <translation>暂停催收的结束日期 {until} 早于开始日期（{start}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="79" />
            <source>Hold {id} does not exist.</source>
            <translation>暂停催收 {id} 不存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="81" />
            <source>This hold was already lifted.</source>
            <translation>该暂停催收已解除。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="103" />
            <source>Give a reason for the dispute.</source>
            <translation>请填写争议原因。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="118" />
            <source>Grace days must be 0–90.</source>
            <translation>宽限天数必须在 0–90 之间。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="120" />
            <source>Say who approved the grace days.</source>
            <translation>请注明宽限天数的批准人。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="144" />
            <source>Unknown kind of contact {kind}.</source>
            <translation>未知的联系方式 {kind}。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="146" />
            <source>Unknown call outcome {outcome}.</source>
            <translation>未知的通话结果 {outcome}。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="148" />
            <source>The follow-up date is before the contact.</source>
            <translation>跟进日期早于本次联系日期。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="65" />
            <source>Invoice {id} does not exist.</source>
            <translation>发票 {id} 不存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="169" />
            <source>A promise to pay needs the promised date.</source>
            <translation>承诺付款需要填写承诺日期。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="172" />
            <source>Nothing is open for this customer.</source>
            <translation>该客户没有未结金额。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="178" />
            <source>Choose the disputed invoices.</source>
            <translation>请选择有争议的发票。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/issuing.py" line="76" />
            <source>Unknown way of sending {value}.</source>
            <translation>未知的寄送方式 {value}。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/issuing.py" line="132" />
            <source>Dunning action {id} does not exist.</source>
            <translation>催收记录 {id} 不存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/issuing.py" line="141" />
            <source>Give a reason for the cancellation.</source>
            <translation>请填写作废原因。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/issuing.py" line="143" />
            <source>{reference} is already cancelled.</source>
            <translation>{reference} 已作废。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/issuing.py" line="161" />
            <source>A letter is either delivered or returned, not both.</source>
            <translation>函件要么已送达，要么已退回，不能两者兼有。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/issuing.py" line="164" />
            <source>{reference} is cancelled.</source>
            <translation>{reference} 已作废。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/issuing.py" line="42" />
            <source>The letter writer (PDF) is not available in this version; letters cannot be issued.</source>
            <translation>此版本缺少函件（PDF）生成模块，无法出具函件。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/issuing.py" line="174" />
            <source>Delivered on {date}, before the letter was issued.</source>
            <translation>送达日期 {date} 早于函件出具日期。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/issuing.py" line="182" />
            <source>Returned on {date}, before the letter was issued.</source>
            <translation>退回日期 {date} 早于函件发出日期。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="28" />
            <source>Reminder</source>
            <translation>提醒</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="29" />
            <source>Phone call</source>
            <translation>电话催收</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="30" />
            <source>Demand letter (催告函)</source>
            <translation>催告函</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="31" />
            <source>Final notice (legal warning)</source>
            <translation>最后通知（法律警告）</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="32" />
            <source>Handover (stops letters)</source>
            <translation>移交法务/催收机构（停止发函）</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="37" />
            <source>Friendly reminder</source>
            <translation>友好提醒</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="38" />
            <source>First reminder</source>
            <translation>首次催款</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="39" />
            <source>Formal demand</source>
            <translation>催告函</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="40" />
            <source>Final notice</source>
            <translation>最后通知函</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="41" />
            <source>Handover notice</source>
            <translation>移交通知</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="46" />
            <source>No late interest</source>
            <translation>不计逾期利息</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="47" />
            <source>Annual rate (simple, actual/365)</source>
            <translation>年利率（单利，实际天数/365）</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="48" />
            <source>Daily rate (e.g. 0.05 % a day, 万分之五)</source>
            <translation>日利率（如每日 0.05 %，万分之五）</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="49" />
            <source>China: one-year LPR + markup (30–50 %)</source>
            <translation>中国：一年期 LPR 上浮（30–50 %）</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="50" />
            <source>EU: reference rate + points</source>
            <translation>欧盟：参考利率 + 百分点</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="55" />
            <source>China: official holidays and make-up working days</source>
            <translation>中国：法定节假日及调休上班日</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="56" />
            <source>Weekends only</source>
            <translation>仅周末休息</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="61" />
            <source>Stage name</source>
            <translation>阶段名称</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="61" />
            <source>Days from due</source>
            <translation>距到期日天数</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="62" />
            <source>Claims interest</source>
            <translation>主张利息</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="84" />
            <source>Ladder {ladder}, stage {n} ({stage}), {column}: {problem}</source>
            <translation>催收阶梯 {ladder}，第 {n} 阶段（{stage}），{column}：{problem}</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="103" />
            <source>give the stage a name.</source>
            <translation>请填写阶段名称。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="105" />
            <source>the offset must be between −365 and 3650 days.</source>
            <translation>天数必须在 −365 到 3650 之间。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="107" />
            <source>{offset} days must be later than the stage before it ({before} days).</source>
            <translation>{offset} 天必须晚于前一阶段（{before} 天）。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="110" />
            <source>unknown action {action}.</source>
            <translation>未知动作 {action}。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="112" />
            <source>the handover must be the last stage.</source>
            <translation>移交必须是最后一个阶段。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="114" />
            <source>unknown letter template {template}.</source>
            <translation>未知函件模板 {template}。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="117" />
            <source>a fee must be 0 or more, with at most 3 decimals.</source>
            <translation>费用必须大于等于 0，最多 3 位小数。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="40" />
            <source>Choose at least one invoice.</source>
            <translation>请至少选择一张发票。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="89" />
            <source>The promised date {date} is before today ({today}).</source>
            <translation>承诺日期 {date} 早于今天（{today}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="92" />
            <source>The promised amount must be above zero and at most the {open} open.</source>
            <translation>承诺金额必须大于零且不超过未结金额 {open}。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="97" />
            <source>Intervals and grace days must be 0–365 days.</source>
            <translation>间隔天数和宽限天数必须在 0–365 天之间。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="114" />
            <source>Promise {id} does not exist.</source>
            <translation>付款承诺 {id} 不存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="116" />
            <source>This promise is already {status}.</source>
            <translation>该付款承诺已是“{status}”状态。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="191" />
            <source>An instalment plan has 1–120 parts.</source>
            <translation>分期计划的期数须为 1–120 期。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="193" />
            <source>Instalments must be at least one day apart.</source>
            <translation>各期之间至少间隔一天。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="196" />
            <source>Give one weight per part.</source>
            <translation>请为每一期给出一个权重。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="199" />
            <source>Every instalment must be above zero.</source>
            <translation>每期金额必须大于零。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="210" />
            <source>The instalments must add up exactly to the {open} open.</source>
            <translation>各期金额之和必须正好等于未结金额 {open}。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="214" />
            <source>Instalment dates must be in order and not before today.</source>
            <translation>各期日期须按先后排列，且不得早于今天。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="235" />
            <source>Instalment plan {id} does not exist.</source>
            <translation>分期计划 {id} 不存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="237" />
            <source>This instalment plan is already {status}.</source>
            <translation>该分期计划已是“{status}”状态。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="49" />
            <source>{number} is a credit note, not an invoice.</source>
            <translation>{number} 是贷项通知单，不是发票。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="52" />
            <source>Invoice {number} belongs to another customer.</source>
            <translation>发票 {number} 属于另一个客户。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="55" />
            <source>Invoice {number} is in {currency}.</source>
            <translation>发票 {number} 的币种为 {currency}。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="58" />
            <source>Nothing is open on {number}.</source>
            <translation>{number} 没有未结金额。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="47" />
            <source>Phone call and first reminder</source>
            <translation>电话催收并首次提醒</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="48" />
            <source>Formal demand letter</source>
            <translation>正式催告函</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="50" />
            <source>Handover to legal / collection agency</source>
            <translation>移交法务 / 催收机构</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="55" />
            <source>Reminder before due date</source>
            <translation>到期前提醒</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="207" />
            <source>At least one dunning ladder is needed.</source>
            <translation>至少需要一个催收阶梯。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="236" />
            <source>The default ladder {name} does not exist.</source>
            <translation>默认催收阶梯 {name} 不存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="247" />
            <source>The limitation period must be 1–30 years and its warning window 1–3650 days.</source>
            <translation>诉讼时效须为 1–30 年，预警期须为 1–3650 天。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="251" />
            <source>The calendar region and the reference prefix must be short codes.</source>
            <translation>日历地区和函件编号前缀须为简短代码。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="254" />
            <source>The letters' paper must be A4 or Letter.</source>
            <translation>函件纸张必须为 A4 或 Letter。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="261" />
            <source>Unknown kind of late interest {kind}.</source>
            <translation>未知的逾期利息类型 {kind}。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="264" />
            <source>An annual interest rate must be above 0 and at most 100 %.</source>
            <translation>年利率必须大于 0 且不超过 100%。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="267" />
            <source>A daily interest rate must be above 0 and at most 1 % a day.</source>
            <translation>日利率必须大于 0 且不超过每日 1%。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="270" />
            <source>The LPR markup must be 30–50 %.</source>
            <translation>LPR 上浮比例须为 30%–50%。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="272" />
            <source>The points above the reference rate must be 0–20.</source>
            <translation>参考利率之上的加点须为 0–20 个百分点。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="210" />
            <source>Ladder {name} needs a name and at least one stage.</source>
            <translation>催收阶梯 {name} 需要名称且至少有一个阶段。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="214" />
            <source>Ladder {name}: each stage must come later than the one before it.</source>
            <translation>催收阶梯 {name}：每个阶段必须晚于前一阶段。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="233" />
            <source>Ladder {name}: the handover must be the last stage.</source>
            <translation>催收阶梯 {name}：移交必须是最后一个阶段。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="240" />
            <source>Grade {grade}: the ladder {name} does not exist.</source>
            <translation>等级 {grade}：催收阶梯 {name} 不存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="276" />
            <source>A rate table needs increasing dates and rates of 0–100 %.</source>
            <translation>利率表的日期须递增，利率须在 0–100% 之间。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="179" />
            <source>The stored dunning settings cannot be read; save them again.</source>
            <translation>无法读取已保存的催收设置，请重新保存。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="218" />
            <source>Ladder {name}: stage {n} needs a name of at most 100 characters.</source>
            <translation>催收阶梯 {name}：第 {n} 阶段需要名称，最多 100 个字符。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="221" />
            <source>Ladder {name}: unknown action {action}.</source>
            <translation>催收阶梯 {name}：未知的催收动作 {action}。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="224" />
            <source>Ladder {name}: unknown letter template {template}.</source>
            <translation>催收阶梯 {name}：未知的函件模板 {template}。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="227" />
            <source>Ladder {name}: offsets must be between −365 and 3650 days.</source>
            <translation>催收阶梯 {name}：偏移天数须在 −365 到 3650 天之间。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="230" />
            <source>Ladder {name}: a fee must be 0 or more, with at most 3 decimals.</source>
            <translation>催收阶梯 {name}：费用须大于或等于 0，最多 3 位小数。</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="23" />
            <source>Call</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="23" />
            <source>Handover</source>
            <translation>移交</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="24" />
            <source>Promise due</source>
            <translation>承诺到期</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="24" />
            <source>Dispute to resolve</source>
            <translation>待解决争议</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="25" />
            <source>Follow-up</source>
            <translation>跟进</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="25" />
            <source>Claim expiring</source>
            <translation>诉讼时效即将届满</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="28" />
            <source>Payment</source>
            <translation>收款</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="29" />
            <source>E-mail</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="29" />
            <source>Visit</source>
            <translation>拜访</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="29" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="30" />
            <source>Written acknowledgement</source>
            <translation>书面确认</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="30" />
            <source>Promise to pay</source>
            <translation>承诺付款</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="31" />
            <source>Dispute</source>
            <translation>争议</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="31" />
            <source>Hold</source>
            <translation>暂停催收</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="31" />
            <source>Instalment plan</source>
            <translation>分期计划</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="35" />
            <source>reached</source>
            <translation>已接通</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="35" />
            <source>no answer</source>
            <translation>无人接听</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="35" />
            <source>promise to pay</source>
            <translation>承诺付款</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="36" />
            <source>dispute</source>
            <translation>争议</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="36" />
            <source>other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="36" />
            <source>kept</source>
            <translation>已兑现</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="37" />
            <source>broken</source>
            <translation>已违约</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="37" />
            <source>active</source>
            <translation>执行中</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="38" />
            <source>completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="38" />
            <source>came back</source>
            <translation>已退回</translation>
        </message>
        <message>
            <location filename="../../app/services/exports.py" line="128" />
            <source>Could not write {path}: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/services/forecast.py" line="412" />
            <source>The forecast covers 1 to 104 weeks, not {weeks}.</source>
            <translation>预测范围为 1 到 104 周，不能是 {weeks}。</translation>
        </message>
        <message>
            <location filename="../../app/services/fx.py" line="65" />
            <source>The rate must be a number greater than zero.</source>
            <translation>汇率必须是大于零的数。</translation>
        </message>
        <message>
            <location filename="../../app/services/fx.py" line="67" />
            <source>The rate {value} is too large.</source>
            <translation>汇率 {value} 过大。</translation>
        </message>
        <message>
            <location filename="../../app/services/fx.py" line="70" />
            <source>The rate {value} has more than {max} decimals.</source>
            <translation>汇率 {value} 的小数位超过 {max} 位。</translation>
        </message>
        <message>
            <location filename="../../app/services/fx.py" line="81" />
            <source>{currency} is the home currency; it needs no exchange rate.</source>
            <translation>{currency} 是本位币，不需要汇率。</translation>
        </message>
        <message>
            <location filename="../../app/services/fx.py" line="63" />
            <source>{value} is not a rate.</source>
            <translation>{value} 不是汇率。</translation>
        </message>
        <message>
            <location filename="../../app/services/fx_import.py" line="40" />
            <source>Exchange rate</source>
            <translation>汇率</translation>
        </message>
        <message>
            <location filename="../../app/services/fx_import.py" line="83" />
            <source>{file}: {new} new rate(s), {unchanged} unchanged, {conflicts} conflict(s), {invalid} row(s) with errors not imported.</source>
            <translation>{file}：新增 {new} 条汇率，{unchanged} 条未变，{conflicts} 处冲突，{invalid} 行有错误未导入。</translation>
        </message>
        <message>
            <location filename="../../app/services/fx_import.py" line="85" />
            <source>{file}: {new} new rate(s) (not written), {unchanged} unchanged, {conflicts} conflict(s), {invalid} row(s) with errors.</source>
            <translation>{file}：新增 {new} 条汇率（未写入），{unchanged} 条未变，{conflicts} 处冲突，{invalid} 行有错误。</translation>
        </message>
        <message>
            <location filename="../../app/services/fx_import.py" line="114" />
            <source>{file} has a header row but no data rows.</source>
            <translation>{file} 只有标题行，没有数据行。</translation>
        </message>
        <message>
            <location filename="../../app/services/fx_import.py" line="144" />
            <source>A value is required.</source>
            <translation>此项必填。</translation>
        </message>
        <message>
            <location filename="../../app/services/fx_import.py" line="225" />
            <source>{file}: the database changed while the file was being checked ({reason}); nothing was imported. Check the file again.</source>
            <translation>{file}：检查文件期间数据库发生了变化（{reason}）；未导入任何数据。请重新检查该文件。</translation>
        </message>
        <message>
            <location filename="../../app/services/fx_import.py" line="125" />
            <source>No column is mapped to {field}; choose the column that holds it.</source>
            <translation>没有列对应到“{field}”；请选择包含该数据的列。</translation>
        </message>
        <message>
            <location filename="../../app/services/fx_import.py" line="146" />
            <source>{value} is not a valid date.</source>
            <translation>{value} 不是有效日期。</translation>
        </message>
        <message>
            <location filename="../../app/services/fx_import.py" line="180" />
            <source>{currency} on {date} has different rates in rows {rows}.</source>
            <translation>{currency} 于 {date} 在第 {rows} 行的汇率不一致。</translation>
        </message>
        <message>
            <location filename="../../app/services/fx_import.py" line="193" />
            <source>The rate of {currency} on {date} is {stored} in ARDesk, {value} in the file; nothing is overwritten (change it in the exchange-rate settings).</source>
            <translation>{currency} 于 {date} 的汇率在 ARDesk 中为 {stored}，文件中为 {value}；不会覆盖（请在汇率设置中修改）。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="34" />
            <source>Customer code</source>
            <translation>客户编号</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="40" />
            <source>Other names (separated by |)</source>
            <translation>其他名称（以 | 分隔）</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="44" />
            <source>Payment terms (days)</source>
            <translation>账期（天）</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="47" />
            <source>Contact person</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="51" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="53" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="57" />
            <source>Letter language</source>
            <translation>函件语言</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="62" />
            <source>Invoice number</source>
            <translation>发票号码</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="66" />
            <source>Customer (code or name)</source>
            <translation>客户（编号或名称）</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="69" />
            <source>Issue date</source>
            <translation>开票日期</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="72" />
            <source>Due date</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="80" />
            <source>PO / reference</source>
            <translation>采购单号/参考号</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="85" />
            <source>Paid on</source>
            <translation>收款日期</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="90" />
            <source>Payment date</source>
            <translation>回款日期</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="99" />
            <source>Amount received</source>
            <translation>收款金额</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="102" />
            <source>Invoice number (optional)</source>
            <translation>发票号码（可选）</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="105" />
            <source>Reference</source>
            <translation>参考号</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="220" />
            <source>{number} has a payment or credit note applied since the import; undo that allocation first.</source>
            <translation>{number} 在导入后已有回款或贷项通知单核销；请先撤销该核销。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="225" />
            <source>Credit note {number} from this import was applied to {target} since the import; undo that allocation first.</source>
            <translation>本次导入的贷项通知单 {number} 在导入后已核销到 {target}；请先撤销该核销。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="231" />
            <source>{number} has a write-off recorded against it.</source>
            <translation>{number} 已有坏账核销记录。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="234" />
            <source>{number} was cancelled after the import.</source>
            <translation>{number} 在导入后已被作废。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="240" />
            <source>{number} was marked disputed after the import; clear the dispute first.</source>
            <translation>{number} 在导入后被标记为有争议；请先解除争议。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="246" />
            <source>{number} is corrected by credit note {credit_note}, which is not from this import.</source>
            <translation>{number} 已由贷项通知单 {credit_note} 冲减，而该贷项通知单并非来自本次导入。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="253" />
            <source>Payment {payment} from this import was applied to {number} after the import; undo that allocation first.</source>
            <translation>本次导入的回款 {payment} 在导入后已核销到 {number}；请先撤销该核销。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="260" />
            <source>{number} (not from this import) was written off or cancelled after a payment from this import was applied to it.</source>
            <translation>{number}（并非来自本次导入）在核销本次导入的回款之后已被核销坏账或作废。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="269" />
            <source>Customer {code} from this import has invoice {number}, which is not from this import.</source>
            <translation>本次导入的客户 {code} 有发票 {number}，而该发票并非来自本次导入。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="273" />
            <source>Customer {code} from this import has payments that are not from this import.</source>
            <translation>本次导入的客户 {code} 有并非来自本次导入的回款。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="202" />
            <source>Import #{batch} was already undone on {date}.</source>
            <translation>第 {batch} 次导入已于 {date} 撤销。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="205" />
            <source>Nothing from import #{batch} is left in the database.</source>
            <translation>数据库中已没有第 {batch} 次导入的数据。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="326" />
            <source>Import #{batch} does not exist.</source>
            <translation>第 {batch} 次导入不存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="331" />
            <source>Give a reason for undoing the import.</source>
            <translation>请填写撤销导入的原因。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="382" />
            <source>Import #{batch} cannot be undone: other records refer to what it created ({reason}). Nothing was changed.</source>
            <translation>第 {batch} 次导入无法撤销：其他记录引用了该次导入创建的数据（{reason}）。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="136" />
            <source>Import #{batch} undone: {invoices} invoice(s), {credit_notes} credit note(s), {customers} customer(s) and {payments} payment(s) removed.</source>
            <translation>第 {batch} 次导入已撤销：删除了 {invoices} 张发票、{credit_notes} 张贷项通知单、{customers} 个客户和 {payments} 笔回款。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_customers.py" line="77" />
            <source>Checking rows</source>
            <translation>正在检查数据行</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_customers.py" line="205" />
            <source>{value} matches several customers ({codes}); use the customer code.</source>
            <translation>“{value}”匹配到多个客户（{codes}）；请使用客户编号。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_customers.py" line="208" />
            <source>Unknown customer {value}: add or import the customer first, or check the code.</source>
            <translation>未知客户 {value}：请先添加或导入该客户，或检查客户编号。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_customers.py" line="236" />
            <source>The amount is zero.</source>
            <translation>金额为零。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_customers.py" line="244" />
            <source>{value} has more decimals than {currency} allows ({decimals}).</source>
            <translation>{value} 的小数位数超过了 {currency} 允许的位数（{decimals} 位）。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_customers.py" line="247" />
            <source>{value} is not an amount.</source>
            <translation>“{value}”不是有效金额。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_customers.py" line="157" />
            <source>Customer code {code} appears more than once in the file (rows {rows}).</source>
            <translation>客户编号 {code} 在文件中出现了多次（第 {rows} 行）。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_customers.py" line="177" />
            <source>Customer {code} already exists with different data ({details}); nothing is overwritten.</source>
            <translation>客户 {code} 已存在，但数据不同（{details}）；不会覆盖任何数据。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_customers.py" line="114" />
            <source>{value} is not a number of days (0 to {max}).</source>
            <translation>“{value}”不是有效天数（0 到 {max}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_customers.py" line="136" />
            <source>{value} is not a letter language (zh or en).</source>
            <translation>“{value}”不是有效的函件语言（zh 或 en）。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_invoices.py" line="334" />
            <source>Invoice {number} already exists with different data ({details}); nothing is overwritten.</source>
            <translation>发票 {number} 已存在，但数据不同（{details}）；不会覆盖任何数据。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_invoices.py" line="329" />
            <source>Invoice number {number} appears more than once in the file (rows {rows}).</source>
            <translation>发票号码 {number} 在文件中出现了多次（第 {rows} 行）。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_invoices.py" line="292" />
            <source>{count} paid invoice(s) without a paid date are recorded as paid on {date}.</source>
            <translation>{count} 张已结清但没有收款日期的发票，按 {date} 收款记录。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_invoices.py" line="257" />
            <source>The due date {due} is before the issue date {issue}.</source>
            <translation>到期日 {due} 早于开票日期 {issue}。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_invoices.py" line="176" />
            <source>The number is longer than {max} characters.</source>
            <translation>号码超过 {max} 个字符。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_invoices.py" line="236" />
            <source>Unknown status {value}; use open, paid, cancelled or disputed.</source>
            <translation>未知状态 {value}；请使用 open（未结）、paid（已结清）、cancelled（已作废）或 disputed（有争议）。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_invoices.py" line="266" />
            <source>A credit note (negative amount) can only be imported as open or cancelled.</source>
            <translation>贷项通知单（负金额）只能以未结或已作废状态导入。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_invoices.py" line="240" />
            <source>Partly paid invoices cannot be imported: import the invoice as open, then record the payment received.</source>
            <translation>不能导入部分回款的发票：请以未结状态导入该发票，然后登记收到的回款。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_invoices.py" line="277" />
            <source>The paid date {paid} is before the issue date {issue}.</source>
            <translation>收款日期 {paid} 早于开票日期 {issue}。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_invoices.py" line="244" />
            <source>Written-off invoices cannot be imported: import the invoice as open, then write it off in ARDesk.</source>
            <translation>不能导入已核销坏账的发票：请以未结状态导入该发票，然后在 ARDesk 中进行坏账核销。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_payments.py" line="238" />
            <source>The reference is longer than {max} characters.</source>
            <translation>参考号超过 {max} 个字符。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_payments.py" line="229" />
            <source>{value} is negative: only money received can be imported (refunds are not).</source>
            <translation>{value} 为负数：只能导入收到的款项（不能导入退款）。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_payments.py" line="254" />
            <source>Invoice {number} belongs to customer {owner}, not {customer}.</source>
            <translation>发票 {number} 属于客户 {owner}，而不是 {customer}。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_payments.py" line="258" />
            <source>Invoice {number} is in {currency}; the payment is in {paid}.</source>
            <translation>发票 {number} 的币种为 {currency}；回款币种为 {paid}。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_payments.py" line="262" />
            <source>The payment date {date} is before invoice {number} was issued ({issue}).</source>
            <translation>回款日期 {date} 早于发票 {number} 的开票日期（{issue}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_payments.py" line="325" />
            <source>A payment of {amount} {currency} from {customer} on {date} (reference “{reference}”) is already in ARDesk but is not applied to {number}; nothing is overwritten. Apply that payment in ARDesk, or correct the row.</source>
            <translation>ARDesk 中已有 {customer} 于 {date} 的回款 {amount} {currency}（参考号“{reference}”），但未核销到 {number}；不会覆盖任何内容。请在 ARDesk 中核销该回款，或更正此行。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_payments.py" line="352" />
            <source>Invoice {number} is already fully paid.</source>
            <translation>发票 {number} 已全部结清。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_payments.py" line="378" />
            <source>Rows {rows} are identical; each is imported as a separate payment.</source>
            <translation>第 {rows} 行完全相同；每一行都作为一笔单独的回款导入。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_payments.py" line="181" />
            <source>The payment date {date} is after {as_of}; money cannot be received in the future.</source>
            <translation>回款日期 {date} 晚于 {as_of}；不能登记未来的回款。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_payments.py" line="246" />
            <source>{number} is cancelled; nothing can be applied to it.</source>
            <translation>{number} 已作废，不能再核销。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_payments.py" line="354" />
            <source>{amount} is more than the {open} still open on {number}.</source>
            <translation>{amount} 超过了 {number} 的未结金额 {open}。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_payments.py" line="358" />
            <source>The payments to {number} in rows {rows} add up to {total}, more than the {open} still open on it.</source>
            <translation>第 {rows} 行核销到 {number} 的回款合计 {total}，超过其未结金额 {open}。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_payments.py" line="250" />
            <source>{number} is written off; reverse the write-off before applying a payment to it.</source>
            <translation>{number} 已核销坏账；请先冲回坏账核销，再核销回款。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/plan_stream.py" line="90" />
            <source>The file cannot be checked: the temporary space for big files is not usable ({reason}).</source>
            <translation>无法检查该文件：大文件所需的临时空间不可用（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/planning.py" line="257" />
            <source>{value} is not a valid date (dates in this file are read as day/month/year).</source>
            <translation>“{value}”不是有效日期（此文件中的日期按 日/月/年 读取）。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/planning.py" line="260" />
            <source>{value} is not a valid date (dates in this file are read as month/day/year).</source>
            <translation>“{value}”不是有效日期（此文件中的日期按 月/日/年 读取）。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/profiles.py" line="73" />
            <source>Give the mapping a name.</source>
            <translation>请为列映射命名。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/profiles.py" line="75" />
            <source>The mapping name is longer than 100 characters.</source>
            <translation>列映射名称超过 100 个字符。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/profiles.py" line="126" />
            <source>There is no saved {kind} mapping named {name} (saved: {names}).</source>
            <translation>没有名为 {name} 的已保存列映射（类型 {kind}；已保存：{names}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/profiles.py" line="63" />
            <source>{file} does not match the mapping {name}: no column named {columns}.</source>
            <translation>{file} 与列映射 {name} 不符：没有名为 {columns} 的列。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/profiles.py" line="116" />
            <source>The saved mapping {name} is damaged; save it again.</source>
            <translation>已保存的列映射 {name} 已损坏；请重新保存。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/stream.py" line="47" />
            <source>{file} was changed while ARDesk was reading it; nothing was imported. Check the file again.</source>
            <translation>{file} 在 ARDesk 读取期间被修改；未导入任何内容。请重新检查该文件。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/stream.py" line="153" />
            <source>{file} is not a CSV or Excel file (it looks like binary data).</source>
            <translation>{file} 不是 CSV 或 Excel 文件（看起来是二进制数据）。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/stream.py" line="54" />
            <source>{file} is a folder, not a file.</source>
            <translation>{file} 是文件夹，不是文件。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/stream.py" line="172" />
            <source>{file} cannot be read as CSV: {reason}</source>
            <translation>无法将 {file} 作为 CSV 文件读取：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="152" />
            <source>The file {file} cannot be read: {reason}</source>
            <translation>无法读取文件 {file}：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="188" />
            <source>{file}{where}: no header row found in the first {n} rows. The header row needs column names such as 发票号码 / Invoice number, 客户编号 / Customer code, 金额 / Amount.</source>
            <translation>{file}{where}：前 {n} 行中未找到标题行。标题行需要包含列名，例如 发票号码 / Invoice number、客户编号 / Customer code、金额 / Amount。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="346" />
            <source>{file} has no sheet {sheet}; its sheets are: {sheets}.</source>
            <translation>{file} 中没有工作表 {sheet}；现有工作表：{sheets}。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="448" />
            <source>{file} is damaged and cannot be read ({reason}).</source>
            <translation>{file} 已损坏，无法读取（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="149" />
            <source>The file {file} does not exist.</source>
            <translation>文件 {file} 不存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="151" />
            <source>The file {file} cannot be read (permission denied).</source>
            <translation>无法读取文件 {file}（权限不足）。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="164" />
            <source>The file {file} is empty.</source>
            <translation>文件 {file} 为空。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="186" />
            <source>{file}{where} contains no data.</source>
            <translation>{file}{where} 中没有数据。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="371" />
            <source>{file}: no sheet has a header row in its first {n} rows ({sheets}).</source>
            <translation>{file}：所有工作表的前 {n} 行中都没有标题行（{sheets}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="179" />
            <source>{file}: row {row} is empty or missing; it cannot be the header row.</source>
            <translation>{file}：第 {row} 行为空或不存在，不能作为标题行。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="412" />
            <source>{file} is not a readable Excel workbook ({reason}).</source>
            <translation>{file} 不是可读取的 Excel 工作簿（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="459" />
            <source>{file} has no worksheets.</source>
            <translation>{file} 中没有工作表。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="491" />
            <source>{file} is not a readable Excel 97-2003 workbook (it may be damaged or password-protected): {reason}</source>
            <translation>{file} 不是可读取的 Excel 97-2003 工作簿（可能已损坏或设有密码保护）：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="392" />
            <source>{file} is not a normal Excel workbook ({reason}); it is not read.</source>
            <translation>{file} 不是正常的 Excel 工作簿（{reason}），未读取。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/writing.py" line="61" />
            <source>{file}: {new} new, {unchanged} unchanged, {conflicts} conflict(s), {invalid} row(s) with errors not imported.</source>
            <translation>{file}：新增 {new} 条，未变化 {unchanged} 条，冲突 {conflicts} 条，{invalid} 行有错误未导入。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/writing.py" line="64" />
            <source>{file}: {new} new (not written), {unchanged} unchanged, {conflicts} conflict(s), {invalid} row(s) with errors.</source>
            <translation>{file}：新增 {new} 条（未写入），未变化 {unchanged} 条，冲突 {conflicts} 条，{invalid} 行有错误。</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/writing.py" line="116" />
            <source>Writing</source>
            <translation>正在写入</translation>
        </message>
        <message>
            <location filename="../../app/services/importers/writing.py" line="390" />
            <source>Cannot write {path}: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/candidates.py" line="71" />
            <source>Policy {id} does not exist.</source>
            <translation>保单{id}不存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claimpack.py" line="134" />
            <source>Unknown letter language {language}; use zh or en.</source>
            <translation>未知函件语言{language}，请用zh或en。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="30" />
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="30" />
            <source>Filed</source>
            <translation>已提交</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="32" />
            <source>Sales contract</source>
            <translation>销售合同</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="32" />
            <source>Copies of the invoices</source>
            <translation>发票复印件</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="33" />
            <source>Proof of delivery</source>
            <translation>交货证明</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="33" />
            <source>Customs declaration</source>
            <translation>报关单</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="34" />
            <source>Statement of account</source>
            <translation>对账单</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="35" />
            <source>Collection records (letters, calls, promises)</source>
            <translation>催收记录（催款函、电话、承诺）</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="36" />
            <source>Overdue notification to the insurer</source>
            <translation>可能损失通知书</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="37" />
            <source>Buyer's acknowledgement of the debt</source>
            <translation>买方债务确认书</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="37" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="220" />
            <source>Only a draft claim can be filed; {reference} is {status}.</source>
            <translation>只有草稿状态的索赔可以提交；{reference}当前为{status}。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="244" />
            <source>Only a filed claim can be paid; {reference} is {status}.</source>
            <translation>只有已提交的索赔可以赔付；{reference}当前为{status}。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="257" />
            <source>Only a filed claim can be rejected; {reference} is {status}.</source>
            <translation>只有已提交的索赔可以拒赔；{reference}当前为{status}。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="270" />
            <source>Recoveries are recorded after the claim is paid; {reference} is {status}.</source>
            <translation>追回款须在赔付后登记；{reference}当前为{status}。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="169" />
            <source>Claim {id} does not exist.</source>
            <translation>索赔{id}不存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="222" />
            <source>A claim cannot be filed before it was opened ({date}).</source>
            <translation>提交日不能早于索赔创建日（{date}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="227" />
            <source>Nothing is outstanding on the claim's invoices on {date}.</source>
            <translation>{date}索赔发票已无未付金额。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="246" />
            <source>The amount must be above zero.</source>
            <translation>金额须大于零。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="248" />
            <source>The decision cannot be dated before the filing ({date}).</source>
            <translation>决定日期不能早于提交日（{date}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="259" />
            <source>Give the insurer's reason.</source>
            <translation>请填写保险公司的理由。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="274" />
            <source>A recovery cannot be dated before the claim was paid ({date}).</source>
            <translation>追回日期不能早于赔付日（{date}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="288" />
            <source>Unknown document {kind}.</source>
            <translation>未知单证{kind}。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="435" />
            <source>Unknown claim {reference}.</source>
            <translation>未知索赔{reference}。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="90" />
            <source>The customer has no overdue insured invoice open on {date} that is not in a claim already.</source>
            <translation>该客户在{date}没有尚未索赔的逾期投保发票。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="99" />
            <source>Invoice {number} cannot be claimed: it must be this customer's, insured under the policy, overdue and open on {date}.</source>
            <translation>发票{number}不能索赔：须为该客户在本保单下投保、于{date}逾期且未结清的发票。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="103" />
            <source>Invoice {number} is in claim {reference} already.</source>
            <translation>发票{number}已在索赔{reference}中。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/deadlines.py" line="29" />
            <source>Notify the insurer</source>
            <translation>通知保险公司</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/deadlines.py" line="29" />
            <source>Extension period ends</source>
            <translation>延展期届满</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/deadlines.py" line="30" />
            <source>File the claim</source>
            <translation>提交索赔</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/exposure.py" line="91" />
            <source>Exposure {exposure} is above the insured limit {limit} of policy {policy} by {over}; the excess is not insured.</source>
            <translation>风险敞口{exposure}超出保单{policy}的保险限额{limit}达{over}，超出部分不受保障。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="65" />
            <source>The indemnity must be above 0 % and at most 100 %.</source>
            <translation>赔偿比例须大于0%且不超过100%。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="53" />
            <source>Enter the insurer.</source>
            <translation>请填写保险公司。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="55" />
            <source>Enter the policy number.</source>
            <translation>请填写保单号。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="62" />
            <source>The policy ends on {end}, before it starts ({start}).</source>
            <translation>保单终止日{end}早于起始日（{start}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="67" />
            <source>A period must be 0 to 3650 days or months.</source>
            <translation>期限须为0至3650天或月。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="69" />
            <source>A period is counted in days or months.</source>
            <translation>期限以天或月计算。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="71" />
            <source>The claim deadline counts from the notification, the due date or the end of the extension period.</source>
            <translation>索赔期限自报损日、到期日或延展期届满日起算。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="83" />
            <source>A policy numbered {number} exists already.</source>
            <translation>保单号{number}已存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="124" />
            <source>Unknown policy {number}.</source>
            <translation>未知保单{number}。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="172" />
            <source>Unknown status {status}.</source>
            <translation>未知状态{status}。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="176" />
            <source>The limit ends on {end}, before it starts ({start}).</source>
            <translation>限额终止日{end}早于起始日（{start}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="179" />
            <source>The limit's validity lies outside the policy period {start}–{end}.</source>
            <translation>限额有效期不在保单期间{start}–{end}内。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="182" />
            <source>A withdrawn limit needs the day its cover ended.</source>
            <translation>已撤销的限额须填写保障终止日。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="215" />
            <source>Insured buyer {id} does not exist.</source>
            <translation>被保买方{id}不存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="287" />
            <source>Invoice {number} is not overdue on {date}.</source>
            <translation>发票{number}在{date}尚未逾期。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="292" />
            <source>Invoice {number} was notified already.</source>
            <translation>发票{number}已报损。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="204" />
            <source>This buyer already has an approved limit under the policy from {start}; end it before entering a new one.</source>
            <translation>该买方在本保单下已有自{start}起的批复限额，请先终止再录入新限额。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="282" />
            <source>Invoice {number} is not insured: no approved buyer limit covers its issue date.</source>
            <translation>发票{number}未投保：其开票日不在任何批复买方限额有效期内。</translation>
        </message>
        <message>
            <location filename="../../app/services/insurance/settings.py" line="34" />
            <source>The warning window must be 0 to 365 days.</source>
            <translation>预警期须为0至365天。</translation>
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="65" />
            <source>Credit sales (S): invoices issued in the period less credit notes issued in it.</source>
            <translation>赊销额（S）：本期开具的发票减去本期开具的贷项通知单。</translation>
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="67" />
            <source>Accounts receivable (AR): invoices still open on the as-of date. Unapplied credit notes and payments are not subtracted.</source>
            <translation>应收账款（AR）：截至日期仍未结清的发票。未核销的贷项通知单和回款不予扣减。</translation>
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="69" />
            <source>AR at the start of the period: invoices open at the end of the day before the period.</source>
            <translation>期初应收：期间开始前一天结束时仍未结清的发票。</translation>
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="71" />
            <source>Current (CUR): the part of AR not yet due on the as-of date.</source>
            <translation>未到期应收（CUR）：截至日期尚未到期的应收账款部分。</translation>
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="72" />
            <source>DSO (days sales outstanding) = AR / S × number of days in the period.</source>
            <translation>应收账款周转天数（DSO）= 应收账款 / S × 期间天数。</translation>
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="73" />
            <source>Countback DSO: going back month by month from the as-of month (counted up to the as-of date), the days of credit sales that the open AR still covers.</source>
            <translation>倒推法 DSO：从截至月份（计至截至日期）起逐月向前，未结应收账款仍能覆盖的赊销天数。</translation>
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="75" />
            <source>Best possible DSO = CUR / S × number of days in the period: the DSO if nothing were overdue.</source>
            <translation>最佳可能 DSO = 未到期应收 / S × 期间天数：若无任何逾期时的 DSO。</translation>
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="77" />
            <source>Average days delinquent = DSO − best possible DSO.</source>
            <translation>平均拖欠天数 = DSO − 最佳可能 DSO。</translation>
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="78" />
            <source>Collection effectiveness index (CEI) = (AR at start + S − AR) / (AR at start + S − CUR) × 100 %: how much of what could be collected in the period was collected.</source>
            <translation>回款效率指数（CEI）=（期初应收 + S − 应收账款）/（期初应收 + S − 未到期应收）× 100 %：本期可收回的款项中实际收回的比例。</translation>
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="80" />
            <source>Overdue % = (AR − CUR) / AR × 100 %: the share of AR past its due date.</source>
            <translation>逾期占比 % =（应收账款 − 未到期应收）/ 应收账款 × 100 %：已过到期日的应收账款所占比例。</translation>
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="81" />
            <source>Bad-debt % = amounts written off in the period / S × 100 % (write-offs reversed by the as-of date do not count).</source>
            <translation>坏账率 % = 本期核销的坏账金额 / S × 100 %（截至日期前已冲回的核销不计）。</translation>
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="83" />
            <source>Average days to pay: paid date − issue date, weighted by amount, over the invoices fully paid in the last 12 months.</source>
            <translation>平均付款天数：付清日期 − 开票日期，按金额加权，统计最近 12 个月内全额付清的发票。</translation>
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="85" />
            <source>Average days beyond terms: paid date − due date (negative when paid early), weighted by amount, over the invoices fully paid in the last 12 months.</source>
            <translation>平均超期天数：付清日期 − 到期日（提前付款为负数），按金额加权，统计最近 12 个月内全额付清的发票。</translation>
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="180" />
            <source>AR at start + S − CUR is zero: nothing was collectable in the period.</source>
            <translation>期初应收 + S − 未到期应收为零：本期没有可收回的款项。</translation>
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="183" />
            <source>Nothing is open on the date (AR = 0).</source>
            <translation>该日没有未结应收（AR = 0）。</translation>
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="329" />
            <source>The credit sales on record do not cover the AR (history too short).</source>
            <translation>已记录的赊销不足以覆盖应收账款（历史数据太短）。</translation>
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="169" />
            <source>No credit sales in the period (S = 0).</source>
            <translation>本期没有赊销（S = 0）。</translation>
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="170" />
            <source>Credit sales in the period are negative (more credit notes than invoices).</source>
            <translation>本期赊销额为负（贷项通知单多于发票）。</translation>
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="369" />
            <source>The period must be between 1 and 3660 days.</source>
            <translation>期间必须在 1 到 3660 天之间。</translation>
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="313" />
            <source>AR is negative.</source>
            <translation>应收账款为负数。</translation>
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="61" />
            <source>A document number is required.</source>
            <translation>请填写单据号。</translation>
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="63" />
            <source>Number {number} is already used.</source>
            <translation>号码 {number} 已被使用。</translation>
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="68" />
            <source>The amount must be greater than zero.</source>
            <translation>金额必须大于零。</translation>
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="133" />
            <source>{number} is already cancelled.</source>
            <translation>{number} 已作废。</translation>
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="135" />
            <source>{number} is written off and cannot be cancelled.</source>
            <translation>{number} 已核销坏账，无法作废。</translation>
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="139" />
            <source>{number} has payments or credit notes applied; undo them first, or issue a credit note for the difference.</source>
            <translation>{number} 已有回款或贷项通知单核销；请先撤销这些核销，或就差额开具贷项通知单。</translation>
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="190" />
            <source>{number} is written off; nothing can be applied to it.</source>
            <translation>{number} 已核销坏账，不能再核销。</translation>
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="199" />
            <source>{date} is before {number} was issued.</source>
            <translation>{date} 早于 {number} 的开票日期。</translation>
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="210" />
            <source>Payment {id} does not exist.</source>
            <translation>回款 {id} 不存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="219" />
            <source>Only {left} of this payment is left to allocate.</source>
            <translation>这笔回款只剩 {left} 可供核销。</translation>
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="237" />
            <source>{number} is not a credit note.</source>
            <translation>{number} 不是贷项通知单。</translation>
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="239" />
            <source>{number} is cancelled.</source>
            <translation>{number} 已作废。</translation>
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="248" />
            <source>Only {left} of this credit note is left to allocate.</source>
            <translation>该贷项通知单只剩 {left} 可供核销。</translation>
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="264" />
            <source>Allocation {id} does not exist.</source>
            <translation>核销记录 {id} 不存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="266" />
            <source>This allocation was already undone.</source>
            <translation>该核销已被撤销。</translation>
        </message>
        <message>
            <location filename="../../app/services/letters/statement.py" line="107" />
            <source>There is no customer with id {id}.</source>
            <translation>不存在编号为 {id} 的客户。</translation>
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="59" />
            <source>The customer's name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="60" />
            <source>The customer's number</source>
            <translation>客户编号</translation>
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="61" />
            <source>The contract number, if any</source>
            <translation>合同编号（如有）</translation>
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="62" />
            <source>Total of the overdue invoices listed</source>
            <translation>所列逾期发票合计</translation>
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="63" />
            <source>The stage's dunning fee</source>
            <translation>本阶段的催款费</translation>
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="64" />
            <source>Late interest claimed</source>
            <translation>主张的逾期利息</translation>
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="65" />
            <source>Overdue total plus fee and interest</source>
            <translation>逾期合计加催款费和利息</translation>
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="66" />
            <source>The total due in Chinese capitals (人民币大写)</source>
            <translation>应付合计的人民币大写</translation>
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="67" />
            <source>The date by which to pay</source>
            <translation>付款截止日期</translation>
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="68" />
            <source>The letter's date</source>
            <translation>信函日期</translation>
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="69" />
            <source>Your bank account for the letter's currency</source>
            <translation>本公司该币种的收款银行账户</translation>
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="70" />
            <source>What happens if the customer does not pay (the [consequences] section)</source>
            <translation>客户不付款的后果（[consequences] 段落）</translation>
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="71" />
            <source>Your company's name</source>
            <translation>本公司名称</translation>
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="72" />
            <source>Your company's phone number</source>
            <translation>本公司电话</translation>
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="73" />
            <source>Your company's e-mail address</source>
            <translation>本公司电子邮箱</translation>
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="74" />
            <source>The letter's reference number</source>
            <translation>信函参考号</translation>
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="75" />
            <source>The name of the dunning stage</source>
            <translation>催收阶段名称</translation>
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="76" />
            <source>How many invoices the letter lists</source>
            <translation>信函所列发票数量</translation>
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="91" />
            <source>Line {line}: unknown placeholder {text}.</source>
            <translation>第 {line} 行：未知占位符 {text}。</translation>
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="92" />
            <source>Line {line}: broken placeholder “{text}” (a brace without its partner, or a placeholder with a format).</source>
            <translation>第 {line} 行：占位符“{text}”有误（括号不成对，或占位符带有格式）。</translation>
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="94" />
            <source>Line {line}: unknown section [{text}].</source>
            <translation>第 {line} 行：未知段落 [{text}]。</translation>
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="95" />
            <source>The template has no [body] section.</source>
            <translation>模板缺少 [body] 正文段落。</translation>
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="119" />
            <source>Unknown letter template {name}.</source>
            <translation>未知函件模板 {name}。</translation>
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="121" />
            <source>Unknown letter language {language}.</source>
            <translation>未知函件语言 {language}。</translation>
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="173" />
            <source>The letter template {name} ({language}) has {count} problem(s).</source>
            <translation>函件模板 {name}（{language}）有 {count} 处问题。</translation>
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="328" />
            <source>The letter template {name} cannot be printed: {problem}</source>
            <translation>函件模板 {name} 无法打印：{problem}</translation>
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="115" />
            <source>Enter the mail server's name (e.g. smtp.example.com).</source>
            <translation>请输入邮件服务器名称（例如 smtp.example.com）。</translation>
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="118" />
            <source>The port must be 1–65535.</source>
            <translation>端口必须在 1–65535 之间。</translation>
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="120" />
            <source>Unknown connection security {value}: none, starttls or ssl.</source>
            <translation>未知的连接安全方式 {value}：应为 none、starttls 或 ssl。</translation>
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="123" />
            <source>The sender address {address} is not an e-mail address.</source>
            <translation>发件人地址 {address} 不是有效的电子邮件地址。</translation>
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="126" />
            <source>The reply-to address {address} is not an e-mail address.</source>
            <translation>回复地址 {address} 不是有效的电子邮件地址。</translation>
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="129" />
            <source>The timeout must be 1–300 seconds.</source>
            <translation>超时时间必须在 1–300 秒之间。</translation>
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="291" />
            <source>Letter {reference} is cancelled; it is not e-mailed.</source>
            <translation>函件 {reference} 已作废，不发送邮件。</translation>
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="293" />
            <source>{reference} has no letter PDF to send.</source>
            <translation>{reference} 没有可发送的函件 PDF。</translation>
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="296" />
            <source>Customer {customer} has no e-mail address; letter {reference} was not sent.</source>
            <translation>客户 {customer} 没有电子邮件地址，函件 {reference} 未发送。</translation>
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="300" />
            <source>The e-mail address {address} of customer {customer} is not valid; letter {reference} was not sent.</source>
            <translation>客户 {customer} 的电子邮件地址 {address} 无效，函件 {reference} 未发送。</translation>
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="344" />
            <source>No password for {user} on {server}: enter it in Settings → E-mail.</source>
            <translation>没有 {user} 在 {server} 上的密码：请在「设置 → 电子邮件」中输入。</translation>
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="539" />
            <source>{address} is not an e-mail address.</source>
            <translation>{address} 不是有效的电子邮件地址。</translation>
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="386" />
            <source>The mail server {server} refused the login of {user}: wrong user name or password ({reason}).</source>
            <translation>邮件服务器 {server} 拒绝了 {user} 的登录：用户名或密码错误（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="393" />
            <source>The mail server {server} refused the sender {address}: {reason}</source>
            <translation>邮件服务器 {server} 拒绝了发件人 {address}：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="396" />
            <source>The mail server {server} did not accept the message: {reason}</source>
            <translation>邮件服务器 {server} 未接受该邮件：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="399" />
            <source>The mail server {server} does not support this: {reason}</source>
            <translation>邮件服务器 {server} 不支持此操作：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="402" />
            <source>The secure connection to {server} failed: {reason}</source>
            <translation>与 {server} 的加密连接失败：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="405" />
            <source>The mail server {server} did not answer within {seconds} seconds.</source>
            <translation>邮件服务器 {server} 在 {seconds} 秒内没有响应。</translation>
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="411" />
            <source>The mail server {server} closed the connection: {reason}</source>
            <translation>邮件服务器 {server} 关闭了连接：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="414" />
            <source>The mail server {server} failed: {reason}</source>
            <translation>邮件服务器 {server} 出错：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="417" />
            <source>Could not connect to the mail server {server}: {reason}</source>
            <translation>无法连接邮件服务器 {server}：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="391" />
            <source>The mail server {server} requires a login: enter the user name and password in Settings → E-mail.</source>
            <translation>邮件服务器 {server} 需要登录：请在「设置 → 电子邮件」中输入用户名和密码。</translation>
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="358" />
            <source>The mail server {server} does not offer STARTTLS: choose another connection security or ask your mail provider.</source>
            <translation>邮件服务器 {server} 不提供 STARTTLS：请选择其他连接安全方式，或咨询您的邮件服务商。</translation>
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="365" />
            <source>The mail server {server} does not accept a login (AUTH) on this connection; check the connection security.</source>
            <translation>邮件服务器 {server} 在此连接上不接受登录（AUTH），请检查连接安全方式。</translation>
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="376" />
            <source>The mail server {server} refused the address {address} of customer {customer}: {reason}</source>
            <translation>邮件服务器 {server} 拒绝了客户 {customer} 的地址 {address}：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="509" />
            <source>{reference} was already e-mailed.</source>
            <translation>{reference} 已通过电子邮件发送过。</translation>
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="98" />
            <source>Payer account {account} is known for this customer</source>
            <translation>付款账号 {account} 已知属于该客户</translation>
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="99" />
            <source>Payer name is the customer's name</source>
            <translation>付款人名称与客户名称一致</translation>
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="100" />
            <source>Payer name {name} is an alias of this customer</source>
            <translation>付款人名称 {name} 是该客户的别名</translation>
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="101" />
            <source>Payer name resembles the customer's name ({score} %)</source>
            <translation>付款人名称与客户名称相似（{score} %）</translation>
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="102" />
            <source>Payer name {name} is the start of the customer's name (cut off by the bank)</source>
            <translation>付款人名称 {name} 是该客户名称的开头（被银行截断）</translation>
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="103" />
            <source>The payer looks like another customer</source>
            <translation>付款人看起来是另一位客户</translation>
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="104" />
            <source>Paid through {platform}</source>
            <translation>通过 {platform} 支付</translation>
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="105" />
            <source>Reference {token} is invoice {number}</source>
            <translation>参考号 {token} 即发票 {number}</translation>
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="106" />
            <source>Reference {token} is invoice {number} written differently</source>
            <translation>参考号 {token} 是发票 {number} 的另一种写法</translation>
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="107" />
            <source>Reference {token} is invoice {number} without its prefix</source>
            <translation>参考号 {token} 是去掉前缀的发票 {number}</translation>
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="108" />
            <source>Reference {token} is one typo away from invoice {number}</source>
            <translation>参考号 {token} 与发票 {number} 只差一个字符</translation>
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="109" />
            <source>The text also names invoices of another customer</source>
            <translation>附言中还提到了其他客户的发票</translation>
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="110" />
            <source>The amount is exactly what is open</source>
            <translation>金额与未结金额完全一致</translation>
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="111" />
            <source>The amount is the sum of {count} open invoices</source>
            <translation>金额等于 {count} 张未结发票之和</translation>
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="112" />
            <source>Short by {difference}: bank charges within the tolerance</source>
            <translation>少 {difference}：在容差内的银行手续费</translation>
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="113" />
            <source>Short by {difference}: the early-payment discount of the terms</source>
            <translation>少 {difference}：符合条款的现金折扣</translation>
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="114" />
            <source>Part payment: {amount} of {open} open</source>
            <translation>部分回款：未结 {open} 中的 {amount}</translation>
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="115" />
            <source>{credit} more than the invoices: left as customer credit</source>
            <translation>比发票多 {credit}：留作客户预收款</translation>
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="116" />
            <source>No amount fits: oldest invoices first</source>
            <translation>没有相符的金额：按最早的发票优先核销</translation>
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="117" />
            <source>Another invoice or combination fits just as well</source>
            <translation>另有发票或组合同样相符</translation>
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="118" />
            <source>An invoice is disputed</source>
            <translation>有发票处于争议中</translation>
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="119" />
            <source>A debit: only incoming payments are matched</source>
            <translation>这是支出：只匹配收到的款项</translation>
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="120" />
            <source>A reversal: check the original payment</source>
            <translation>这是冲正：请核对原始付款</translation>
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="121" />
            <source>Neither the payer nor an invoice reference is known</source>
            <translation>付款人和发票参考号均无法识别</translation>
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="122" />
            <source>The customer has nothing open in {currency}</source>
            <translation>该客户没有 {currency} 未结发票</translation>
        </message>
        <message>
            <location filename="../../app/services/progress.py" line="19" />
            <source>Cancelled; nothing was changed.</source>
            <translation>已取消；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="112" />
            <source>There is no statement line {ref}.</source>
            <translation>没有流水 {ref}。</translation>
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="58" />
            <source>The automatic threshold must be 1–100 and the margin 0–100.</source>
            <translation>自动匹配阈值必须在 1–100 之间，间隔在 0–100 之间。</translation>
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="61" />
            <source>The suggestion minimum must be between 0 and the automatic threshold.</source>
            <translation>建议的最低得分必须在 0 与自动匹配阈值之间。</translation>
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="64" />
            <source>The bank-charges tolerance must be 0–10 % and a fixed amount of 0 or more.</source>
            <translation>银行手续费容差必须在 0–10 % 之间，固定金额不能小于 0。</translation>
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="94" />
            <source>Statement line {id} does not exist.</source>
            <translation>流水 {id} 不存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="106" />
            <source>{ref} is the reference of {count} lines; name one by its id: {ids}.</source>
            <translation>{ref} 是 {count} 笔流水的参考号；请用编号指定其中一笔：{ids}。</translation>
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="141" />
            <source>Line {ref} is already reconciled; undo it first.</source>
            <translation>流水 {ref} 已对账；请先撤销。</translation>
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="143" />
            <source>Line {ref} is a debit; only incoming payments are applied to invoices.</source>
            <translation>流水 {ref} 是支出；只有收到的款项才能核销发票。</translation>
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="150" />
            <source>Amounts must be greater than zero.</source>
            <translation>金额必须大于零。</translation>
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="152" />
            <source>{applied} applied and {credit} left as credit do not add up to the line's {amount}.</source>
            <translation>核销 {applied} 与留作预收的 {credit} 之和不等于流水金额 {amount}。</translation>
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="160" />
            <source>Give a reason for writing off the difference.</source>
            <translation>请填写核销差额的原因。</translation>
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="162" />
            <source>An invoice appears twice in the split.</source>
            <translation>拆分中同一张发票出现了两次。</translation>
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="202" />
            <source>Invoice {number} does not belong to {customer}.</source>
            <translation>发票 {number} 不属于 {customer}。</translation>
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="211" />
            <source>The difference {amount} is more than the {open} still open on {number}.</source>
            <translation>差额 {amount} 超过 {number} 的未结金额 {open}。</translation>
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="258" />
            <source>Alias {id} does not exist.</source>
            <translation>别名 {id} 不存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="270" />
            <source>Give a reason for ignoring the line.</source>
            <translation>请填写忽略该流水的原因。</translation>
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="288" />
            <source>Line {ref} is not reconciled; there is nothing to undo.</source>
            <translation>流水 {ref} 尚未对账；没有可撤销的内容。</translation>
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="157" />
            <source>A difference must be bank charges, a discount or a written-off difference, and greater than zero.</source>
            <translation>差额必须是银行手续费、现金折扣或核销差额，且大于零。</translation>
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="318" />
            <source>{number} was written off or cancelled since; reverse that first.</source>
            <translation>{number} 之后已被核销坏账或作废；请先冲回。</translation>
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="380" />
            <source>Matching</source>
            <translation>正在匹配</translation>
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="312" />
            <source>Part of this payment was applied to {number} by hand since; undo that allocation first.</source>
            <translation>这笔回款之后有一部分被手工核销到 {number}；请先撤销该核销。</translation>
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="402" />
            <source>Applying</source>
            <translation>正在入账</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/camt.py" line="163" />
            <source>{file}: {where}: the entry has no amount (Amt).</source>
            <translation>{file}：{where}：该记录没有金额（Amt）。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/camt.py" line="171" />
            <source>{file}: {where}: the entry has no booking or value date.</source>
            <translation>{file}：{where}：该记录没有记账日期或起息日期。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/camt.py" line="272" />
            <source>{file}: not a camt.052, camt.053 or camt.054 file (root element {root}).</source>
            <translation>{file}：不是 camt.052、camt.053 或 camt.054 文件（根元素 {root}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/camt.py" line="277" />
            <source>{file}: the {format} file contains no {block} block.</source>
            <translation>{file}：该 {format} 文件不含 {block} 块。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/camt.py" line="83" />
            <source>{file}: {where}: "{value}" is not a valid {currency} amount.</source>
            <translation>{file}：{where}：“{value}”不是有效的 {currency} 金额。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/camt.py" line="71" />
            <source>{file}: {where}: "{value}" is not a date.</source>
            <translation>{file}：{where}：“{value}”不是日期。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/camt.py" line="77" />
            <source>{file}: {where}: unknown currency "{value}".</source>
            <translation>{file}：{where}：未知币种“{value}”。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/cn_banks.py" line="260" />
            <source>{file}, row {row}: the amount {value} is not readable.</source>
            <translation>{file}，第 {row} 行：金额 {value} 无法读取。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/cn_banks.py" line="174" />
            <source>{file} is not a recognised Chinese bank export: the header row (row {row}) has no date and amount (or 收入/支出) columns.</source>
            <translation>{file} 不是可识别的国内银行导出文件：表头行（第 {row} 行）没有日期和金额（或收入/支出）列。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/cn_banks.py" line="179" />
            <source>{file}: the bank (ICBC, CCB, CMB, ABC, BOC, BOCOM) cannot be recognised; use the generic CSV mapping.</source>
            <translation>{file}：无法识别银行（工行、建行、招行、农行、中行、交行），请使用通用 CSV 映射。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/cn_banks.py" line="201" />
            <source>{file} has a header row but no transactions.</source>
            <translation>{file} 有表头行，但没有交易记录。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/cn_banks.py" line="297" />
            <source>{file}, row {row}: the date {value} is not readable.</source>
            <translation>{file}，第 {row} 行：日期 {value} 无法读取。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/cn_banks.py" line="124" />
            <source>{file} is not a readable bank export: {reason}</source>
            <translation>{file} 不是可读取的银行导出文件：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/cn_banks.py" line="276" />
            <source>{file}, row {row}: the amount {value} has more decimals than {currency} allows (or is not a number).</source>
            <translation>{file}，第 {row} 行：金额 {value} 的小数位数超过 {currency} 允许的位数（或不是数字）。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/cn_banks.py" line="304" />
            <source>{file}, row {row}: the currency {value} is unknown.</source>
            <translation>{file}，第 {row} 行：币种 {value} 未知。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/cn_banks.py" line="310" />
            <source>{file}, row {row}: both the credit (收入) and the debit (支出) amount are empty.</source>
            <translation>{file}，第 {row} 行：收入和支出金额均为空。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/cn_banks.py" line="316" />
            <source>{file}, row {row}: the amount is empty.</source>
            <translation>{file}，第 {row} 行：金额为空。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/cn_banks.py" line="324" />
            <source>{file}, row {row}: the debit/credit mark {value} is neither 借 (Dr) nor 贷 (Cr).</source>
            <translation>{file}，第 {row} 行：借贷标志 {value} 既不是借（Dr）也不是贷（Cr）。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="65" />
            <source>Booking date</source>
            <translation>记账日期</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="69" />
            <source>Value date</source>
            <translation>起息日期</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="72" />
            <source>Credit (money in)</source>
            <translation>贷方（收入）</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="76" />
            <source>Debit (money out)</source>
            <translation>借方（支出）</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="80" />
            <source>Amount (signed: money out negative)</source>
            <translation>金额（带符号：支出为负）</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="83" />
            <source>Debit/credit mark</source>
            <translation>借贷标志</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="89" />
            <source>Counterparty name</source>
            <translation>对方户名</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="97" />
            <source>Counterparty account</source>
            <translation>对方账号</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="102" />
            <source>Remittance / purpose (one or more columns)</source>
            <translation>附言 / 用途（可选多列）</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="108" />
            <source>Bank reference (serial number)</source>
            <translation>银行流水号</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="113" />
            <source>Own account</source>
            <translation>本方账号</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="123" />
            <source>Amount (or credit and debit columns)</source>
            <translation>金额（或收入与支出两列）</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="124" />
            <source>Currency (a column or a fixed currency)</source>
            <translation>币种（某一列或固定币种）</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="183" />
            <source>{file}: ARDesk cannot tell which columns hold {fields}; the columns it could not map are: {columns}. Save a mapping for this layout ('statement mapping save NAME FILE …' or the import dialog) and import with --mapping NAME.</source>
            <translation>{file}：ARDesk 无法确定哪些列是 {fields}；未能识别的列：{columns}。请为此格式保存一个映射（“statement mapping save 名称 文件 …”或导入对话框），再用 --mapping 名称 导入。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="258" />
            <source>The mapping has a signed amount column and credit/debit columns; choose one or the other.</source>
            <translation>映射中同时有带符号金额列和收入/支出列，请只选其一。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="261" />
            <source>The mapping needs both a credit and a debit column (or one signed amount column).</source>
            <translation>映射需要同时有收入列和支出列（或一列带符号金额）。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="264" />
            <source>A debit/credit mark column applies only together with a signed amount column.</source>
            <translation>借贷标志列只能与带符号金额列一起使用。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="694" />
            <source>Both the credit and the debit amount are empty.</source>
            <translation>收入和支出金额都为空。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="699" />
            <source>Both a credit ({credit}) and a debit ({debit}) amount are given; a line is one or the other.</source>
            <translation>同时填写了收入（{credit}）和支出（{debit}）金额；每行只能是其中之一。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="254" />
            <source>{file}: the mapping names column {column}, but the file has only {count} columns.</source>
            <translation>{file}：映射指定了第 {column} 列，但文件只有 {count} 列。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="687" />
            <source>{value} is neither a debit nor a credit mark (S/H, D/C, DR/CR, 借/贷, -/+).</source>
            <translation>{value} 不是借贷标志（S/H、D/C、DR/CR、借/贷、-/+）。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/mt940.py" line="35" />
            <source>{file}, line {line}: the field :{tag}: {text} is not readable.</source>
            <translation>{file}，第 {line} 行：字段 :{tag}: {text} 无法读取。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/mt940.py" line="36" />
            <source>{file}, line {line}: the transaction :61:{text} is not readable.</source>
            <translation>{file}，第 {line} 行：交易 :61:{text} 无法读取。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/mt940.py" line="289" />
            <source>{file}, line {line}: statement {ref} has no account (:25:); the file may be truncated.</source>
            <translation>{file}，第 {line} 行：对账单 {ref} 没有账号（:25:），文件可能不完整。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/mt940.py" line="305" />
            <source>{file}, line {line}: statement {ref} has no opening balance (:60F:); the file may be truncated.</source>
            <translation>{file}，第 {line} 行：对账单 {ref} 没有期初余额（:60F:），文件可能不完整。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/mt940.py" line="308" />
            <source>{file}, line {line}: interim report {ref} has no currency (:34F:).</source>
            <translation>{file}，第 {line} 行：日间报告 {ref} 没有币种（:34F:）。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/mt940.py" line="312" />
            <source>{file}, line {line}: the closing balance is in {closing}, the opening balance in {opening}.</source>
            <translation>{file}，第 {line} 行：期末余额币种为 {closing}，期初余额币种为 {opening}。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/mt940.py" line="339" />
            <source>{file} is too large for a statement file ({size} MB).</source>
            <translation>{file} 作为对账单文件过大（{size} MB）。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/mt940.py" line="342" />
            <source>{file} is not an MT940/MT942 statement (no :20: and :25: tags at the start).</source>
            <translation>{file} 不是 MT940/MT942 对账单（开头没有 :20: 和 :25: 标签）。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/mt940.py" line="346" />
            <source>{file} contains no MT940/MT942 statement.</source>
            <translation>{file} 不含任何 MT940/MT942 对账单。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/mt940.py" line="121" />
            <source>{file}, line {line}: the currency {code} is unknown or no longer in use.</source>
            <translation>{file}，第 {line} 行：币种 {code} 未知或已停止使用。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/ofx.py" line="91" />
            <source>{file}: the OFX file contains a DTD or entity declaration, which is refused for safety.</source>
            <translation>{file}：该 OFX 文件含有 DTD 或实体声明，出于安全原因拒绝读取。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/ofx.py" line="95" />
            <source>{file}: not an OFX file (no &lt;OFX&gt; element).</source>
            <translation>{file}：不是 OFX 文件（没有 &lt;OFX&gt; 元素）。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/ofx.py" line="100" />
            <source>{file}: the OFX file has too many tags ({count}).</source>
            <translation>{file}：该 OFX 文件的标签过多（{count} 个）。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/ofx.py" line="138" />
            <source>{file}: the OFX file is truncated (the &lt;OFX&gt; element is never closed).</source>
            <translation>{file}：该 OFX 文件不完整（&lt;OFX&gt; 元素没有结束）。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/ofx.py" line="190" />
            <source>{file}: {where}: no currency (CURDEF) is given.</source>
            <translation>{file}：{where}：未给出币种（CURDEF）。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/ofx.py" line="194" />
            <source>{file}: {where}: no amount (TRNAMT).</source>
            <translation>{file}：{where}：没有金额（TRNAMT）。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/ofx.py" line="198" />
            <source>{file}: {where}: no posting date (DTPOSTED).</source>
            <translation>{file}：{where}：没有记账日期（DTPOSTED）。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/ofx.py" line="236" />
            <source>{file}: the file is larger than {limit} MB; it is not read.</source>
            <translation>{file}：文件大于 {limit} MB，不予读取。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/ofx.py" line="243" />
            <source>{file}: the OFX file contains no bank or credit-card statement (STMTRS).</source>
            <translation>{file}：该 OFX 文件不含银行或信用卡对账单（STMTRS）。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/ofx.py" line="177" />
            <source>{file}: {where}: "{value}" is not an amount.</source>
            <translation>{file}：{where}：“{value}”不是金额。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/ofx.py" line="134" />
            <source>{file}: the OFX file is nested too deeply.</source>
            <translation>{file}：该 OFX 文件嵌套层级过深。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/ofx.py" line="161" />
            <source>{file}: {where}: "{value}" is not an OFX date (YYYYMMDD…).</source>
            <translation>{file}：{where}：“{value}”不是 OFX 日期（YYYYMMDD…）。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/store.py" line="101" />
            <source>{file}: not a bank statement ARDesk can read (camt.052/053/054, MT940/MT942, OFX or a Chinese bank's CSV/XLS/XLSX export).</source>
            <translation>{file}：不是 ARDesk 能读取的银行对账单（camt.052/053/054、MT940/MT942、OFX 或中国银行的 CSV/XLS/XLSX 导出文件）。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/store.py" line="136" />
            <source>{file}: the file contains no statement.</source>
            <translation>{file}：文件中没有对账单。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/store.py" line="110" />
            <source>{file}: the file cannot be read ({reason}).</source>
            <translation>{file}：无法读取该文件（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/store.py" line="118" />
            <source>A column mapping applies only to CSV/XLSX/XLS statements (format csv or auto), not to {format}.</source>
            <translation>列映射只适用于 CSV/XLSX/XLS 对账单（格式 csv 或 auto），不适用于 {format}。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/store.py" line="275" />
            <source>Unknown line status {status}.</source>
            <translation>未知的流水状态 {status}。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/store.py" line="134" />
            <source>Unknown statement format {format}.</source>
            <translation>未知的对账单格式 {format}。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/xmlsafe.py" line="41" />
            <source>{file}: the file is empty.</source>
            <translation>{file}：文件为空。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/xmlsafe.py" line="80" />
            <source>{file}: the XML file contains {what}, which is refused for safety.</source>
            <translation>{file}：该 XML 文件含有 {what}，出于安全原因拒绝读取。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/xmlsafe.py" line="83" />
            <source>{file}: not a well-formed XML file ({reason}, line {line}).</source>
            <translation>{file}：不是格式正确的 XML 文件（{reason}，第 {line} 行）。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/xmlsafe.py" line="87" />
            <source>{file}: the XML file cannot be read ({reason}).</source>
            <translation>{file}：无法读取该 XML 文件（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/statements/xmlsafe.py" line="92" />
            <source>{file}: the XML file is truncated.</source>
            <translation>{file}：该 XML 文件不完整。</translation>
        </message>
        <message>
            <location filename="../../app/services/writeoffs.py" line="81" />
            <source>Give a reason for the write-off.</source>
            <translation>请填写坏账核销的原因。</translation>
        </message>
        <message>
            <location filename="../../app/services/writeoffs.py" line="83" />
            <source>{number} is a credit note; only invoices can be written off.</source>
            <translation>{number} 是贷项通知单；只有发票可以核销坏账。</translation>
        </message>
        <message>
            <location filename="../../app/services/writeoffs.py" line="86" />
            <source>{number} is cancelled; there is nothing to write off.</source>
            <translation>{number} 已作废，没有可核销的余额。</translation>
        </message>
        <message>
            <location filename="../../app/services/writeoffs.py" line="89" />
            <source>{number} is already written off.</source>
            <translation>{number} 已核销坏账。</translation>
        </message>
        <message>
            <location filename="../../app/services/writeoffs.py" line="91" />
            <source>Nothing is open on {number}; there is nothing to write off.</source>
            <translation>{number} 没有未结金额，无需核销坏账。</translation>
        </message>
        <message>
            <location filename="../../app/services/writeoffs.py" line="94" />
            <source>The write-off date {date} is before {number} was issued ({issue}).</source>
            <translation>核销日期 {date} 早于 {number} 的开票日期（{issue}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/writeoffs.py" line="99" />
            <source>The write-off date {date} is before the last payment or credit note applied to {number} ({last}).</source>
            <translation>核销日期 {date} 早于最近一笔核销到 {number} 的回款或贷项通知单（{last}）。</translation>
        </message>
        <message>
            <location filename="../../app/services/writeoffs.py" line="120" />
            <source>Write-off {id} does not exist.</source>
            <translation>坏账核销记录 {id} 不存在。</translation>
        </message>
        <message>
            <location filename="../../app/services/writeoffs.py" line="123" />
            <source>Give a reason for the reversal.</source>
            <translation>请填写冲回的原因。</translation>
        </message>
        <message>
            <location filename="../../app/services/writeoffs.py" line="127" />
            <source>This difference on {number} was booked with a bank reconciliation; undo that reconciliation instead.</source>
            <translation>{number} 上的这笔差额是随银行对账入账的；请改为撤销该对账。</translation>
        </message>
        <message>
            <location filename="../../app/services/writeoffs.py" line="130" />
            <source>The write-off of {number} was already reversed.</source>
            <translation>{number} 的坏账核销已冲回。</translation>
        </message>
        <message>
            <location filename="../../app/storage/backup.py" line="65" />
            <source>The database {path} does not exist.</source>
            <translation>数据库 {path} 不存在。</translation>
        </message>
        <message>
            <location filename="../../app/storage/backup.py" line="67" />
            <source>A backup cannot overwrite the database itself ({path}).</source>
            <translation>备份不能覆盖数据库本身（{path}）。</translation>
        </message>
        <message>
            <location filename="../../app/storage/backup.py" line="102" />
            <source>The file {path} does not exist.</source>
            <translation>文件 {path} 不存在。</translation>
        </message>
        <message>
            <location filename="../../app/storage/backup.py" line="104" />
            <source>{path} is not an ARDesk database or backup.</source>
            <translation>{path} 不是 ARDesk 数据库或备份。</translation>
        </message>
        <message>
            <location filename="../../app/storage/backup.py" line="71" />
            <source>Cannot write the backup to {path}: {reason}</source>
            <translation>无法将备份写入 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/storage/backup.py" line="78" />
            <source>The backup {path} failed its integrity check: {detail}</source>
            <translation>备份 {path} 未通过完整性检查：{detail}</translation>
        </message>
        <message>
            <location filename="../../app/storage/backup.py" line="108" />
            <source>Cannot read {path}: {reason}</source>
            <translation>无法读取 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/storage/backup.py" line="112" />
            <source>{path} is damaged (integrity check: {detail}).</source>
            <translation>{path} 已损坏（完整性检查：{detail}）。</translation>
        </message>
        <message>
            <location filename="../../app/storage/backup.py" line="120" />
            <source>{path} was made by a newer ARDesk; update ARDesk to open it.</source>
            <translation>{path} 由较新版本的 ARDesk 创建；请升级 ARDesk 后再打开。</translation>
        </message>
        <message>
            <location filename="../../app/storage/backup.py" line="201" />
            <source>Cannot restore {path}: {reason}</source>
            <translation>无法恢复 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="162" />
            <source>Database error in {path}: {reason}; nothing was changed.</source>
            <translation>数据库 {path} 出错：{reason}；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="153" />
            <source>{path} is read-only; nothing was changed. Check the file's permissions or copy it to a writable folder.</source>
            <translation>{path} 为只读；未做任何更改。请检查文件权限，或将其复制到可写的文件夹。</translation>
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="157" />
            <source>{path} is busy (locked by another program); nothing was changed. Try again in a moment.</source>
            <translation>{path} 正忙（被其他程序锁定）；未做任何更改。请稍后重试。</translation>
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="160" />
            <source>Cannot write to {path} ({reason}); nothing was changed.</source>
            <translation>无法写入 {path}（{reason}）；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="210" />
            <source>Cannot create {path}: the folder is read-only.</source>
            <translation>无法创建 {path}：文件夹为只读。</translation>
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="109" />
            <source>{path} already exists; choose another name or open it.</source>
            <translation>{path} 已存在；请换一个名称，或直接打开它。</translation>
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="189" />
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} 是文件夹，不是数据库文件。</translation>
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="191" />
            <source>{path} cannot be read (permission denied).</source>
            <translation>无法读取 {path}（权限不足）。</translation>
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="193" />
            <source>{path} is not an ARDesk database.</source>
            <translation>{path} 不是 ARDesk 数据库。</translation>
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="195" />
            <source>{path} is read-only. ARDesk needs to write to its database: change the file's permissions or copy it to a writable folder.</source>
            <translation>{path} 为只读。ARDesk 需要写入其数据库：请更改文件权限，或将其复制到可写的文件夹。</translation>
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="199" />
            <source>The folder of {path} is read-only. ARDesk needs to write beside its database (journal and lock files).</source>
            <translation>{path} 所在的文件夹为只读。ARDesk 需要在数据库旁写入文件（事务日志和锁文件）。</translation>
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="207" />
            <source>Cannot create {path}: {reason}</source>
            <translation>无法创建 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="224" />
            <source>{path} cannot be opened as a database: {reason}</source>
            <translation>无法将 {path} 作为数据库打开：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="237" />
            <source>{path} was saved by a newer version of ARDesk (schema {found}). Update ARDesk to open it; the file was left as it is.</source>
            <translation>{path} 由较新版本的 ARDesk 保存（数据库结构版本 {found}）。请升级 ARDesk 后再打开；文件未做任何改动。</translation>
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="242" />
            <source>{path} is damaged (integrity check: {detail}). Restore it from a backup.</source>
            <translation>{path} 已损坏（完整性检查：{detail}）。请从备份恢复。</translation>
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="270" />
            <source>Updating {path} failed ({reason}); it was left as it was. A backup is in {backup}.</source>
            <translation>更新 {path} 失败（{reason}）；文件保持原样。备份位于 {backup}。</translation>
        </message>
        <message>
            <location filename="../../app/storage/location.py" line="85" />
            <source>{path} is on a network drive ({fs}). SQLite databases must not be shared over a network file system: the file can be damaged. Keep the database on this computer's own disk and use File → Backup… to share copies.</source>
            <translation>{path} 位于网络驱动器上（{fs}）。SQLite 数据库不能通过网络文件系统共享，否则文件可能损坏。请把数据库放在本机硬盘上，需要共享时用「文件 → 备份…」分享副本。</translation>
        </message>
        <message>
            <location filename="../../app/storage/location.py" line="92" />
            <source>{path} is in a folder synchronised by {service}. The sync can copy the database while ARDesk writes to it and damage it or lose recent work. Keep the database outside synced folders and put backups there instead.</source>
            <translation>{path} 位于由 {service} 同步的文件夹中。同步程序可能在 ARDesk 写入时复制数据库，导致文件损坏或丢失最近的修改。请把数据库放在同步文件夹之外，只把备份放进同步文件夹。</translation>
        </message>
        <message>
            <location filename="../../app/storage/lock.py" line="68" />
            <source>{db} is already open in another ARDesk window ({holder}). Close it there first, or open a different file.</source>
            <translation>{db} 已在另一个 ARDesk 窗口中打开（{holder}）。请先在该窗口中关闭，或打开其他文件。</translation>
        </message>
        <message>
            <location filename="../../app/storage/lock.py" line="51" />
            <source>Cannot create the lock file {path}: {reason}</source>
            <translation>无法创建锁文件 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/dialogs/dunning_calendar.py" line="272" />
            <source>Could not read {file}: {reason}</source>
            <translation>无法读取 {file}：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/dialogs/settings_dialog.py" line="218" />
            <source>Could not save the settings: {reason}</source>
            <translation>无法保存设置：{reason}</translation>
        </message>
    </context>
</TS>
