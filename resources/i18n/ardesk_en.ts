<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/about.py" line="+21" />
            <source>About {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Database:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Settings:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Logs:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Built with:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Accounts receivable and collections for a small finance team.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../app/ui/actions.py" line="+114" />
            <source>&amp;New database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Create an empty database for another company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Open database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Open another ARDesk database file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Import &amp;customers…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Import customers from CSV or Excel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Import &amp;invoices…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Import invoices from CSV or Excel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Import &amp;payments…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Import payments received from CSV or Excel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Import &amp;history…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>See past imports and undo one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Write a verified copy of the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Restore from backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Replace the database by a verified backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Search the current list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Language and company details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>E&amp;xchange rates…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Dated exchange rates for home-currency totals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Letter templates…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>The wording of the dunning letters and e-mails</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Load the lists again from the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open &amp;data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Show the folder of the open database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Verify database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Run an integrity check on the open database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About ARDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open &amp;log folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Crash reports and logs are kept there</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgingItemsDialog</name>
        <message>
            <location filename="../../app/ui/tabs/aging_drill.py" line="+43" />
            <source>All open items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{customer} — {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;{customer}&lt;/b&gt; · {currency} · {what} · as of {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Credit note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Days overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open</source>
            <comment>amount still owed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>PO number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Disputed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Invoices: {n} · open {amount} {currency}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgingTab</name>
        <message>
            <location filename="../../app/ui/tabs/aging.py" line="+94" />
            <source>All currencies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Overdue only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Search code or name…  (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Excel workbook (.xlsx)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>CSV for Excel (.csv)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>PDF report (.pdf)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;As of:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>C&amp;urrency:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+51" />
            <location line="+2" />
            <source>Loading chart…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Aging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cash-in forecast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+132" />
            <source>All currencies in {home} at the rates of {date}: open &lt;b&gt;{total}&lt;/b&gt;, overdue &lt;b&gt;{overdue}&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>(without {currencies}: no rate)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>No history yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+65" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{n} rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{shown} of {total} rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Nothing open for these filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Total AR ({currency})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Overdue %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>DSO</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>CEI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&gt;90 days overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>CSV file (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>PDF file (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Export aging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Exporting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Saved {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Export failed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgingTable</name>
        <message>
            <location filename="../../app/ui/tablemodels/aging.py" line="+47" />
            <source>Total (1 customer)</source>
            <extracomment>model column key of bucket ``i`` is f"b{i}"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Total ({n} customers)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Cur.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Double-click an amount to see its invoices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>% overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Share of the customer's open invoices past their due date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Unapplied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Payments received and credit notes not yet applied to invoices. They lower the net exposure, not the ages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Net</source>
            <comment>net exposure</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Open invoices less unapplied payments and credit notes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AllocateDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/allocate_dialog.py" line="+35" />
            <source>Allocate oldest first — {code} {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Unallocated payments and credit notes go to the open invoices with the oldest due date first, in the same currency. Nothing is written until you press Allocate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>dated when the money came in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>dated {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Include &amp;disputed invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Allocations:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Dated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Allocate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Credit note {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Payment {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Nothing to allocate: no unallocated money meets an open invoice in its currency.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{n} allocation(s), {total} in all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Left unallocated: {amounts}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Still open afterwards: {amounts}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{n} disputed invoice(s) left alone.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BankCandidates</name>
        <message>
            <location filename="../../app/ui/tablemodels/bank.py" line="+130" />
            <source>bank charges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>discount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>difference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>credit {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Difference / credit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BankLineDetail</name>
        <message>
            <location filename="../../app/ui/tabs/bank_detail.py" line="+88" />
            <source>Select a statement line to see its candidates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+136" />
            <source>Candidates ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>No candidate found. {why}
Choose the customer and invoices yourself, or ignore the line if it is not a customer payment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Nothing is booked for this line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Matched automatically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Confirmed by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ignored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>by {user} on {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Reason: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Payment from {customer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Applied to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>bank charges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>early-payment discount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>difference written off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{kind} on {number}: {amount} {cur}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Left as customer credit: {amount} {cur}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Note: {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Undo (Ctrl+Z) restores the invoices as they were before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Booked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Value date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>(reversal)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Payer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remittance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Bank reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Why (score {score}):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Open invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Choose a candidate to see the customer's open invoices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Open invoices of {customer} ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Nothing open.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BankLineModel</name>
        <message>
            <location filename="../../app/ui/tablemodels/bank.py" line="-55" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Cur.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>How sure the match is (0–100)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Payer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Remittance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Bank reference</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BankOpenItems</name>
        <message>
            <location line="+54" />
            <source>Invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>This payment</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BankStatus</name>
        <message>
            <location line="-138" />
            <source>Unmatched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Suggested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Auto-matched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Matched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ignored</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BankTab</name>
        <message>
            <location filename="../../app/ui/tabs/bank.py" line="+110" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+76" />
            <source>&amp;Import statement…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Import bank statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Bank statements ({patterns});;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Importing {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Importing {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>{file} was imported before: nothing imported, {skipped} lines skipped as duplicates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{file}: {imported} lines imported, {skipped} skipped as duplicates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+22" />
            <source>Import statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-19" />
            <source>Match the new lines to open invoices now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Auto-match now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>You can tell ARDesk which column holds what, and save that layout for this bank.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Map columns…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Matching…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Auto-matching statement lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>{lines} lines looked at: {auto} matched automatically, {suggested} with suggestions to review, {unmatched} remain unmatched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Of those unmatched, {debits} are outgoing payments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+28" />
            <location line="+230" />
            <source>Auto-match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-253" />
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Cancelled; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+40" />
            <source>Ignore line {ref}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The line is marked as not a customer payment and leaves the review list. Nothing is booked; you can undo it later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Ignore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>The line goes back to the review list as unmatched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The payment, its allocations, any booked difference and the aliases this match taught are removed; the invoices are open again as before. The line goes back to the review list as unmatched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Undo line {ref}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+127" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>{shown} of {total} lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <location line="+94" />
            <source>Import statement…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-92" />
            <source>Import a camt.053, MT940, OFX or a Chinese bank's CSV/XLS/XLSX export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Match every open line; apply only the sure ones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Accept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Apply the selected candidate (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choose another…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Pick the customer and invoices yourself; split across invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Leave as credit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Book the whole amount as the customer's credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ignore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not a customer payment (interest, own transfer, …)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Undo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Undo this line's match or ignore (Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Search payer, remittance, reference…  (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>All lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>To review (unmatched and suggested)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Booked from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>any</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>No bank statements yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Import a statement from your bank (camt.053, MT940, OFX, or a CSV/Excel export); ARDesk matches the receipts to open invoices.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BuyerDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/insurance_buyer.py" line="+33" />
            <source>Add insured buyer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Type part of the customer's code or name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;ustomer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Policy:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The credit limit the insurer approved for this buyer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Approved &amp;limit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Valid &amp;from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Until further notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Valid &amp;to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Requested and refused decisions give no cover; a withdrawn limit covers invoices issued up to the day it ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>e.g. the insurer's limit decision number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Insurer's &amp;reference:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>N&amp;ote:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Enter a policy first (Policies → New policy…).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Choose the customer from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Choose the policy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Saving insured buyer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CalendarDayDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/dunning_calendar.py" line="+70" />
            <source>Add a day to the {region} calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>A holiday is a day off even on a weekday; a make-up working day (调休) is worked even on a weekend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>e.g. 国庆节 National Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>{weekday}, a weekend day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{weekday}, a weekday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>a weekday is a working day anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>a weekend day is a day off anyway</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/cancel_dialog.py" line="+29" />
            <source>Invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Credit note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{kind} &lt;b&gt;{number}&lt;/b&gt; · {customer}&lt;br&gt;issued {issue}, due {due} · amount {amount} {cur} · open {open} {cur}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+79" />
            <source>Cancel {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancel invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Cancel credit note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reason for the cancellation (required, kept in the history):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{number} is already cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{number} is written off and cannot be cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{number} cannot be cancelled: {count} payment(s) or credit note(s) are applied to it. Undo those allocations first, or issue a credit note for the amount that should no longer be owed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{number} cannot be cancelled: it is applied to {count} invoice(s). Undo those allocations first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The document stays in the list as cancelled, with nothing open; the customer no longer owes it. This cannot be undone — to bill again, issue a new invoice.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChooseMatchDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/bank_choose.py" line="+174" />
            <source>Leave as customer credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choose customer and invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{date} · &lt;b&gt;{amount} {cur}&lt;/b&gt; · {payer}&lt;br&gt;{remittance}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>C&amp;ustomer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>stays open (part payment)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>bank charges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>early-payment discount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>written off as a difference (give a reason)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>What is not paid on a ticked invoice:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>optional; required for a written-off difference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>Choose a customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{applied} applied is more than the line's {amount}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Give a reason for writing off the difference.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>This customer has nothing open in {cur}; the amount stays with it as credit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Line {amount} · applied {applied} · left as customer credit {credit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{short} stays open on the ticked invoices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{short} is booked as {kind}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClaimActionDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/insurance_claim.py" line="+278" />
            <source>File claim {reference}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Claim {reference} paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Claim {reference} rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Recovery on claim {reference}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{reference} · {code} {name} · policy {policy} ({insurer}) · {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Filed on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Paid on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Rejected on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Received on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The insurer's case number, if given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Insurer's &amp;reference:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Figures stored at filing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Amount:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Claimed: {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>N&amp;ote:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>As given in the insurer's decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Insurer's &amp;reason:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClaimDetailDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/insurance_claim_detail.py" line="+54" />
            <source>Claim {reference} — {code} {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+5" />
            <location line="+4" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-8" />
            <source>Outstanding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Invoices ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-3" />
            <location line="+56" />
            <location line="+154" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-208" />
            <source>Recoveries ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Collection history ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Save checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Claim:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Buyer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Policy:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Opened on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Filed on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Insurer's reference:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Decided on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Paid by the insurer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reason for rejection:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Recovered from the buyer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Figures stored at filing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Figures if filed on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Tick the documents you have for the claim pack; a note can say where they are or what is still awaited. Unticked lines are listed as missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+62" />
            <source>Not on the claim's checklist yet; ticking it adds it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>{present} of {total} documents present.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{n} unsaved changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Saving the claim's documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Save the changes to the documents checklist?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Acknowledgement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Promise to pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Instalment plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Dispute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Overdue notified to the insurer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClaimFigures</name>
        <message>
            <location filename="../../app/ui/dialogs/insurance_claim.py" line="-285" />
            <source>Outstanding on the invoices:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Insured limit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Lower of the two:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Less deductible:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Less first loss:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Loss for indemnity:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Indemnity:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Claimable amount:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CollectionsModel</name>
        <message>
            <location filename="../../app/ui/tablemodels/collections.py" line="+61" />
            <source>{days} days left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>To do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+50" />
            <location line="+22" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-69" />
            <source>Grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+69" />
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-67" />
            <location line="+26" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-23" />
            <source>Days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Days overdue (the oldest invoice), or days left before a claim expires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-44" />
            <source>pay by {date} · {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Priority {rank}: {amount:,} (home currency, whole units) × {days} day(s) = {weight:,}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The default order, 1 first: the amount in the home currency times its age in days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+60" />
            <source>Invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-57" />
            <location line="+14" />
            <source>Detail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-6" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Expires on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Days left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Last restarted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Friendly reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>First reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Formal demand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Final notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Handover notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Chinese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>no letter (call)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Total due</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CollectionsTab</name>
        <message>
            <location filename="../../app/ui/tabs/collections.py" line="+117" />
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Claims expiring within</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Claims expiring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+61" />
            <source>&amp;Log call…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+100" />
            <source>Lift hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Dunning resumes from {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Lift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Cancel letter {reference}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The letter and its PDF are kept and marked as cancelled; its invoices fall back to their previous stage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Cancel &amp;letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Cancel promise to pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Cancel instalment plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>It is kept, marked as cancelled and audited; its invoices return to the dunning ladder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Cancel &amp;promise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Cancel &amp;plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+44" />
            <location line="+14" />
            <source>Save statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-13" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>The statement could not be saved: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>{count} claim(s); the red ones expire within 30 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>Timeline of {customer}, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+79" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>{shown} of {total} to do on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>amount {amounts}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Issue today's letters…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Review today's dunning steps, issue them, print or save the letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Letter templates…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Edit the wording of each stage's letter and e-mail, with a live preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Log call…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Record a call with the selected customer (double-click a row)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Dispute…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Flag invoices as disputed; they leave the dunning ladder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Resolve dispute…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The invoices return to the dunning ladder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Hold…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Stop dunning the customer or some invoices until a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Instalment plan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Split what is open into parts with dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Delivery…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>How the letter selected in the timeline was sent, its proof and delivery date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Cancel letter…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Cancel the letter selected in the timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Lift hold…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Lift the hold selected in the timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Cancel promise/plan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancel the promise to pay or instalment plan selected in the timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Statement PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Save the selected customer's statement of account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Statements for all…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Statements of account for every customer with open items: a PDF each, one file, or printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Search customer, invoice, note…  (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Everything</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+3" />
            <location line="+3" />
            <source>any</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Stage:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Grade:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Amount from:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompanyDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/company_dialog.py" line="+158" />
            <source>Your company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Welcome to ARDesk. Tell it about your own company: the name, address and bank accounts appear on statements and reminder letters. You can change them later in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Later</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompanyForm</name>
        <message>
            <location line="-139" />
            <source>Company &amp;name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Tax ID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>e.g. unified social credit code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;E-mail:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Home currency:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Letters signed &amp;by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Signer's &amp;title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Logo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Signature image:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Signature image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Company seal:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Company seal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The company seal (公章) printed over the signature: a PNG with a transparent background looks best</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Account number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Add account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Bank accounts:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CreditCurvesDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/credit_curves.py" line="+78" />
            <source>Factor curves, ratings and events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Factor &amp;curves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>External &amp;ratings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Negative &amp;events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+64" />
            <source>Type or double-click to change a value; Enter keeps it, Esc cancels. Delete removes the selected point.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Add point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A new point on the line after the selected one; then change its value or share.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Re&amp;move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected point (Delete).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Drawing the curve…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Restore &amp;this curve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Put the default points back in the selected curve.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Restore a&amp;ll curves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Put the default points back in every factor curve.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>Value: {unit}. Share: the part of the factor's {points} points a customer earns at that value. Between two points the share follows a straight line; before the first and after the last point it stays level.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{factor} is the average of this curve and “{other}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+69" />
            <source>Share (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-52" />
            <source>Differs from the default curve.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>share of the points (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>This curve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Select the point to remove.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>An insurer's or credit bureau's grade entered for a customer earns this share of the External rating factor's {points} points. Grades match whatever their case; a grade not listed here scores neutral and is flagged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>&amp;Add grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Re&amp;move grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected grade (Delete).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Restore &amp;defaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Put the default rating scale back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>A negative event that is not cleared caps the grade: whatever the score, the customer gets no better grade than this one (with several events, the worst cap wins). An event stops counting when it is cleared, or after the months given here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Best grade allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Counts for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>until cleared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source> months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>0: the event counts until it is cleared.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Restore de&amp;faults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Put the default grade caps and durations back.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CreditNoteDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/invoice_dialog.py" line="+424" />
            <source>New credit note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Credit note for {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Invoice &lt;b&gt;{number}&lt;/b&gt; of {customer} · issued {issue} · amount {amount} {cur} · open &lt;b&gt;{open} {cur}&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Credit note &amp;date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Create credit note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Apply to the invoice (reduces what is open on it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>e.g. goods returned, price correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Give a reason for the credit note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Only {open} {cur} is open on {number}; untick “Apply” for a larger credit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The credit note cannot be dated before the invoice ({date}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CreditSettingsForm</name>
        <message>
            <location filename="../../app/ui/dialogs/credit_settings.py" line="+75" />
            <source>Factor weights (points out of 100)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Factor &amp;curves, ratings and events…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>How each factor's measured value turns into points, the external rating scale and the grade caps of negative events.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Grades and limits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>(below: D)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Minimum score:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Warning line (share of the limit):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Neutral share (a factor without data):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Fewest invoices &amp;paid for a payment history:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source> months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Financials and ratings out of date &amp;after:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Grade policies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Terms
(days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Limit: % of
12 months' sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Review every
(months)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <source>Floor ({currency})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cap ({currency})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Dunning ladder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Prepay-
ment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>no cap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Preview shows how many customers would move grade with these values, before you save them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>No dunning ladder has this name: customers of this grade follow the default ladder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The dunning ladder for this grade (Settings → Dunning)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Total: {total} of 100</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Grade {grade}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+50" />
            <source>{count} of {total} factor curves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>the external rating scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>the negative-event caps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Changed from the defaults: {what}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Default curves, rating scale and event caps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not saved yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Scoring every customer with the new values…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>{moved} of {total} customers would move grade: {up} up, {down} down.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CreditTab</name>
        <message>
            <location filename="../../app/ui/tabs/credit.py" line="+110" />
            <source>Score breakdown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Review worklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Insurance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>&amp;Review…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Financials…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>External ra&amp;ting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Negative &amp;events…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Override…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Re-&amp;score all…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Search code or name…  (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>All grades</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Grade {grade}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Alerts only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Reviews &amp;due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>&amp;Review customer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+101" />
            <source>{n} reviews due by {date} (overdue first, then by due date)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Review worklist ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+63" />
            <source>Select a customer to see how its grade is made up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>{n} customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{shown} of {total} customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{n} with alerts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CreditTableModel</name>
        <message>
            <location filename="../../app/ui/tablemodels/credit.py" line="+66" />
            <source>Limit set by an override</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Limit follows the grade rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Limit entered by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>over limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>no limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Score alone gives {grade}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Saved grade: {grade}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Exposure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Open invoices less unapplied credit notes and payments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Utilisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Next review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Alerts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CurvePointsModel</name>
        <message>
            <location filename="../../app/ui/tablemodels/credit_curves.py" line="+121" />
            <source>There is no room for another point between these values: change a value first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>{factor} – {name}, point {point}: {value} is not a number.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomerDetail</name>
        <message>
            <location filename="../../app/ui/tabs/customer_detail.py" line="+34" />
            <source>Credit note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+18" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-15" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+14" />
            <source>Cur.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-13" />
            <source>Days overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Unallocated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Applied to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomerDetailPane</name>
        <message>
            <location line="+56" />
            <source>Select a customer to see the details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>Nothing open: every invoice is settled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>No payments received yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+46" />
            <source>inactive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Open balance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>(oldest {days} days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Terms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>{days} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Credit limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Other currencies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Letters in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Also pays as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Open invoices and credit notes ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Recent payments ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>({pct}% used)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomerDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/customer_dialog.py" line="+49" />
            <source>{text} is not a percentage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The early-payment discount must be between 0 and 50 %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>At most two decimals, e.g. 2.25 %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>New customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Edit customer {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Code:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>e.g. C0001</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Other &amp;names:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Names it also pays under, one per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;urrency:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Payment &amp;terms:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+12" />
            <location line="+79" />
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-89" />
            <source>Credit &amp;limit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>empty = no limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>% if paid within</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>of the invoice date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Early-payment &amp;discount:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Contact &amp;person:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;E-mail:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Letter lan&amp;guage:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>N&amp;otes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Active (shown in lists and reminders)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Learned from the &amp;bank:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Payer names and accounts taught by matches you confirmed on the Bank tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Reason for change:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>optional; kept in the change history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>Extra days after the due date before the overdue dunning stages and late interest start (usually 5–10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Dunn&amp;ing grace:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Grace appro&amp;ved by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>required when the grace days change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Grace &amp;justification:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>optional, e.g. agreed in the annual contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>None so far.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Now {days} days, approved by {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source> on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Say who approved the new grace days.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomerPicker</name>
        <message>
            <location filename="../../app/ui/dialogs/invoice_dialog.py" line="-404" />
            <source>Type a code or name…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomerTableModel</name>
        <message>
            <location filename="../../app/ui/tablemodels/customers.py" line="+30" />
            <source>{currency} {open} open ({overdue} overdue)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{currency} {open} open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Also open in other currencies: {list}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>over limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>{name} (inactive)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Also known as: {aliases}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Terms (days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Credit limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Credit grade today (Credit tab)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Utilisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Exposure as a share of the credit limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open balance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Open invoices minus unapplied credit notes, in the customer's currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Days overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Days since the oldest unpaid invoice fell due</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomersTab</name>
        <message>
            <location filename="../../app/ui/tabs/customers.py" line="+67" />
            <source>Search code, name, other names…  (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Show inactive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+312" />
            <location line="+8" />
            <source>New customer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-319" />
            <location line="+307" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-306" />
            <location line="+247" />
            <location line="+60" />
            <source>Deactivate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-205" />
            <source>&amp;New customer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>Deactivate customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Deactivate {name} ({code})? It stays in the database with its invoices, but is hidden from the list unless you tick “Show inactive”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Import customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Importing is not available in this build.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+89" />
            <location line="+61" />
            <source>Activate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-55" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>{n} customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{shown} of {total} customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <source>No customers yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Import your customer list from Excel or CSV, or add customers one by one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Import customers…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeliveryDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/collections_delivery.py" line="+25" />
            <source>Delivery of {reference}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>A letter with proof that it reached the customer (e.g. an EMS tracking number stating the contents) restarts the limitation period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>registered mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>EMS (tracked)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Sent by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Tracking number, receipt…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Proof:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>not known yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>delivered on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>came back / bounced on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Returned post or an e-mail that bounced: the letter did not reach the customer and restarts nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Why (addressee unknown, mailbox full…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Outcome:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DisputeDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/cancel_dialog.py" line="+24" />
            <source>Mark {number} disputed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Mark disputed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;What does the customer dispute? (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A disputed invoice stays open and is shown as disputed until the dispute is cleared.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Clear the dispute on {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Clear dispute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Note (optional):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Disputed because: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{number} is a credit note; only invoices can be disputed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/dialogs/collections_dispute.py" line="+43" />
            <source>Resolve dispute — {customer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The ticked invoices are no longer disputed and return to the dunning ladder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Dispute — {customer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The ticked invoices are flagged as disputed and leave the dunning ladder until the dispute is resolved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>No disputed invoices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Nothing is open for this customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>How it was settled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Type or pick a reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reason (kept in the history):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Resolve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Flag as disputed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DunningCalendarDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/dunning_calendar.py" line="-74" />
            <source>Mon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Tue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Wed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Thu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Fri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Sat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Holiday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Make-up working day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{file}, row {row}, {column}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>… and {count} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+71" />
            <source>Holidays and working days — {region}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Days that differ from the plain week: holidays (no work, even on a weekday) and make-up working days (调休, work even on a weekend). Dunning actions that fall on a non-working day move to the next working day. Each change is saved at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Year:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Weekday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>&amp;Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A CSV file with the columns date,kind[,region[,name]] (kind: holiday or workday; a header row is optional). Nothing is imported when a row is wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+41" />
            <source>{holidays} holiday(s), {workdays} make-up working day(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+47" />
            <source>Remove {date} ({name}) from the calendar?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Remove these {count} days from the calendar?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remove days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <location line="+11" />
            <source>Import CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-10" />
            <source>Nothing was imported from {file}: {count} row(s) are wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>{count} day(s) imported from {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Import holidays and working days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DunningSettingsForm</name>
        <message>
            <location filename="../../app/ui/dialogs/dunning_settings.py" line="+73" />
            <source>&amp;Ladders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Late &amp;interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>L&amp;adder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;New…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A new ladder, starting as a copy of the one shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rena&amp;me…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Only a ladder no grade and no customer uses can be deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>Add &amp;stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A new stage after the selected one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remo&amp;ve stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Move &amp;up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Move do&amp;wn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Which ladder a customer follows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Customers with&amp;out a grade:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Chosen &amp;here:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>By credit grade:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+76" />
            <source>Not used by any grade; it can be deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>customers without a grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>grade {grade}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>grade {grade} (credit grade policy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Used by: {uses}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>New stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Give the ladder a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A ladder name has at most {n} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>There is already a ladder called {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>The credit grade policy of grade {grades} names {name}: choose the ladders here (Chosen here), or change the Credit page first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>{name} cannot be deleted. {uses}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>At least one ladder is needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>New ladder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Name of the new ladder (a copy of {name}):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Rename ladder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>New name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Delete ladder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete the ladder {name} and its stages?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Dunning ladders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Timing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Minimum interval between two contacts:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>An invoice moves to its next stage only when this many days have passed since its last one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Pay within (the letter's pay-by date):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The pay-by date printed on a letter: its date plus these days, moved to a working day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Promise &amp;grace:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Days after a promised date before the promise counts as broken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Holidays and working days…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The region's holidays and make-up working days: add, remove or import next year's schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Working days:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>An action that falls on a non-working day moves to the next working day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Limitation period (诉讼时效) and letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Limi&amp;tation period:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source> years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>From the due date, restarted by a demand that reached the customer, a partial payment or an acknowledgement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Warn &amp;before a claim expires:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Letter reference pre&amp;fix:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Letters are numbered e.g. DN-2026-000123</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Letter &amp;paper:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A4 (210 × 297 mm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>US Letter (8.5 × 11 in)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+65" />
            <source>As the credit grade policies say ({mapping})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>(choose the ladder {name} to see it)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EndBuyerDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/insurance_buyer.py" line="+11" />
            <source>End insured limit — {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{code} {name}: {limit} under policy {policy}, valid from {start} ({status}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The last day the limit covers invoices issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cover &amp;ends on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Unchanged ({status})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>e.g. limit withdrawn by the insurer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Give a reason (it is kept in the audit log).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Ending insured limit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventsDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/credit_entries.py" line="+174" />
            <source>Negative events — {customer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Cleared on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Clear selected…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Add an event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Add event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>An uncleared event caps the grade (insolvency at D, litigation and returned payments at C by default).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>Clear event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cleared on {date}. Note (e.g. case closed):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExchangeRatesDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/rates_dialog.py" line="+40" />
            <source>Exchange rates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Rates in {home} per one unit of each currency. Reports use the latest rate on or before each date; an amount without a rate is left out of converted totals, with a warning.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>entered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>&amp;Set rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;urrency:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Rate:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>&amp;Remove selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Import CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>{text} is not a rate; write it like 7.1234.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>{currency} on {date}: {rate}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{currency} on {date} already has this rate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>{n} rate(s) removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Import exchange rates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>CSV or Excel files (*.csv *.txt *.xlsx *.xls)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Importing {file}…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileOps</name>
        <message>
            <location filename="../../app/ui/file_ops.py" line="+41" />
            <source>ARDesk database (*.db *.sqlite);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{n} MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{n} KB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Database in use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Database from a newer ARDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Cannot open the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Create it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open another…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>New database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Open database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>New database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>Database location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+118" />
            <source>Back up the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Backup written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The backup was written and verified:
{path}

{customers} customers, {invoices} invoices, {size}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Writing the backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+15" />
            <source>Restore from backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-10" />
            <source>Checking the backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>The backup {backup} is sound and contains {customers} customers and {invoices} invoices ({size}).

Replace the open database {db} with it? The current database is saved first, so this can be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>{db} was restored from {backup}: {customers} customers, {invoices} invoices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The database it replaced was saved as:
{saved}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Restore finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Restoring…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Verify database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{path} passed the integrity check: {customers} customers, {invoices} invoices, {size}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Checking the database…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FinancialsDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/credit_entries.py" line="-158" />
            <source>Financial ratios — {customer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Statement date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>e.g. 0.62</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Debt-to-assets ratio:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>e.g. 1.35</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Current ratio:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Enter the ratios as decimals (0.62, not 62 %). A statement older than the staleness limit counts as neutral.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ForecastPage</name>
        <message>
            <location filename="../../app/ui/tabs/aging_forecast.py" line="+64" />
            <source>Currency:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Loading chart…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>Week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Forecast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Expected from each customer's own payment habit (days beyond terms); disputed invoices left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Pays on due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The baseline: every open invoice paid on its due date (overdue ones in week 1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+47" />
            <location line="+1" />
            <source>Nothing open to forecast.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>W{n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Later / unlikely</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{n} open invoices, {amount} {currency}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>unlikely {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{n} disputed left out ({amount})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>unapplied payments {amount}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HoldDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/collections_dispute.py" line="+33" />
            <source>Hold dunning — {customer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No reminders or letters go out while the hold lasts; dunning resumes by itself after the end date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The whole &amp;customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Only the ticked &amp;invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Negotiating a settlement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Customer in restructuring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Agreed with sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Waiting for documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Type or pick a reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>(untick: until lifted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ends:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Hold</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImagePicker</name>
        <message>
            <location filename="../../app/ui/dialogs/image_picker.py" line="+64" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Choose an image for: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{file} is not an image ARDesk can read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/import_dialog.py" line="+103" />
            <source>Import customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Import invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Import payments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Choose a CSV or Excel file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choose &amp;file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Save mapping as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+6" />
            <source>as detected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-6" />
            <location line="+359" />
            <source>day/month/year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-358" />
            <location line="+358" />
            <source>month/day/year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-353" />
            <source>point: 1,234.56</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>comma: 1.234,56</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Mapping:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Dates:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Decimal mark:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Preview — choose above each column what it holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+45" />
            <source>&amp;Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+319" />
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-316" />
            <source>Import &amp;valid rows only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Save &amp;rejected rows…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Choose the file to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Spreadsheets (*.csv *.txt *.xlsx *.xlsm *.xls);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>The file has a header row but no data rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>encoding {enc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+216" />
            <source>comma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-216" />
            <source>semicolon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>vertical bar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>delimiter: {d}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>sheet {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>header in row {row}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{n} data rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{n} data rows (a big file, read in parts: the preview shows the first {m})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>a big file, read in parts: the preview shows the first {m} rows, the check counts them all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>— not imported —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Choose a column for: {fields}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>The mapping or options changed: press &lt;b&gt;Check&lt;/b&gt; again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>as detected from the headers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+41" />
            <source>Save mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Name for this mapping (e.g. the program the file comes from):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>{message}  ({file}, row {row})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>&lt;b&gt;{new}&lt;/b&gt; new · {unchanged} already imported, unchanged · &lt;b&gt;{conflicts}&lt;/b&gt; conflict(s) · &lt;b&gt;{invalid}&lt;/b&gt; row(s) with errors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Required columns are not mapped; nothing can be imported yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Nothing is imported while there are errors. Fix the file and check again, or import the valid rows only and save the rejected rows to fix them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The list shows the first {shown} of {total} errors; “Save rejected rows…” writes every rejected row with its errors.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Nothing new to import: every row is already in the database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>All rows are valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>… and {n} more customers past the credit check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Dates read as {order}: “{ex}” (row {row}) can only be read that way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The file mixes date orders; most read as {order} (e.g. “{ex}”, row {row}). Check the errors.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No date in the file shows whether day or month comes first (e.g. “{ex}”, row {row}); read as {order}. Choose another order if that is wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Dates read as {order}, as chosen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Dates are unambiguous.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Decimal mark: {mark} (e.g. “{ex}”, row {row}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Importing {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>… and {n} more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>These invoices take {n} customer(s) past the credit check:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Invoices already issued in the ERP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Orders approved by the sales manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Opening balances</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Credit check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Save the rejected rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>{n} rejected row(s) saved to {path}, each with an “error” column saying what to fix.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Reading the file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Checking every row…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Importing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+45" />
            <source>Import cancelled. Nothing was changed in the database.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportHistoryDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/import_history_dialog.py" line="+39" />
            <source>Customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Payments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Undone {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Can be undone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Nothing left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cannot be undone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>{n} invoice(s) ({totals})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{n} credit note(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{n} customer(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{n} payment(s) with their allocations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Whether the import can still be undone; point at a row to see why not</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+77" />
            <source>Import history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Every import, newest first. Undoing an import removes the invoices, credit notes, customers and payments it created, as long as nothing was built on them since (payments applied, write-offs, cancellations, disputes, other invoices of its customers).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>&amp;Undo import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>No imports yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Import #{id}: {file}, {date}, by {user}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>In the database: {what}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Undone on {date}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Undoing import #{id}…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InsuranceForms</name>
        <message>
            <location filename="../../app/ui/dialogs/insurance_forms.py" line="+33" />
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Requested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>after the overdue notification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>after the due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>after the extension period ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Enter a percentage such as 90 or 87.5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Enter a percentage such as 90 or 87.5 (at most two decimals).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Enter the amount.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InsuranceModels</name>
        <message>
            <location filename="../../app/ui/tablemodels/credit_insurance.py" line="+41" />
            <source>{n} months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{n} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>the notification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>the due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>the end of the extension</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>missed by {n} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{n} days left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Next deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Days left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+90" />
            <location line="+33" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-122" />
            <location line="+90" />
            <location line="+33" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-121" />
            <source>Invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+24" />
            <location line="+74" />
            <location line="+34" />
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-131" />
            <source>Notify by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Notified on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Notified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Extension ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Claim by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Estimated: the insurer has not been notified yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+72" />
            <location line="+33" />
            <source>Policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-104" />
            <location line="+98" />
            <source>Claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-92" />
            <source>Insurer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Policy number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Indemnity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Max. extension</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Notify overdue after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Claim within</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Counted from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Deductible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>First loss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Buyers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Requested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>no rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>{over} above the insured limit: the excess is not insured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Insured limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Exposure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Above limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Valid from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Valid to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+10" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-8" />
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Filed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Claimable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>What the draft would claim if filed today; the amount is fixed when it is filed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Recovered</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InsuranceSection</name>
        <message>
            <location filename="../../app/ui/dialogs/credit_insurance.py" line="+261" />
            <source>{n} above the insured limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Insurance ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Insurance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-130" />
            <location line="+159" />
            <source>Enter the insurer's approved limit on a customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-170" />
            <source>&amp;Notified…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Record that the selected overdue invoice was notified to the insurer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+15" />
            <source>Open &amp;claim…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-13" />
            <source>Open a claim for the selected invoice's customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Warning window…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>How many days before a deadline it is shown as a warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New policy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ed&amp;it…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add &amp;buyer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>End &amp;limit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>End the selected limit (e.g. withdrawn by the insurer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Deta&amp;ils…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Figures, invoices, recoveries and collection history of the claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Doc&amp;uments…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The checklist of documents to attach: tick what is present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Fi&amp;le…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>File the draft claim with the insurer (its figures are stored)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Paid…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The insurer paid the filed claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;jected…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The insurer rejected the filed claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reco&amp;very…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Money recovered from the buyer after the claim was paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Language of the claim pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Claim pac&amp;k PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cover letter, invoice schedule, collection history and document checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Deadlines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Policies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Insured buyers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Claims</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+64" />
            <source>Policies: {policies} · insured buyers: {buyers} · overdue insured invoices: {n} ({missed} deadline(s) missed, {soon} coming up) · claims: {claims}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+53" />
            <source>Enter a policy first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+114" />
            <source>Save claim pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Claim pack written to {path}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InterestForm</name>
        <message>
            <location filename="../../app/ui/dialogs/dunning_settings_interest.py" line="+91" />
            <source>Late interest on overdue invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Ra&amp;te:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Where the contract sets no rate, courts allow the one-year LPR at the time of the breach plus 30–50 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>LPR &amp;markup:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>% on top of the LPR (30–50)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Directive 2011/7/EU: the reference rate plus 8 points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Points above the EU reference:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>points (0–20)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Example:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>China one-year LPR (贷款市场报价利率)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>EU reference rate (ECB main refinancing rate)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Interest runs from the day after the due date (plus the customer's grace days) on each day's open balance, and is rounded once for the letter. Add a new rate to its table when it is published.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>Rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>LPR markup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Points above the EU reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>{field}: {text} is not a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>% a day (0.05 = 万分之五)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>% a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>No interest is claimed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{amount} {currency} overdue {days} days → {interest} {currency} (at {rate} % a year, as of {date})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InvoiceChecklist</name>
        <message>
            <location filename="../../app/ui/dialogs/collections_common.py" line="+58" />
            <source>{number}  due {due}  ·  {days} days overdue  ·  {amount} {currency} open</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InvoiceDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/invoice_dialog.py" line="+249" />
            <source>New invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Invoice &amp;date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Create invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>D&amp;ue date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>{days} days after the invoice date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{days} days: the customer's terms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The due date is before the invoice date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Prepayment required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Credit limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Order confirmed by the sales manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Customer paid in advance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Security or guarantee received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Limit increase under review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save the invoice</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InvoiceFilterBar</name>
        <message>
            <location filename="../../app/ui/tabs/invoice_filter_bar.py" line="+58" />
            <source>Search number, customer or PO…  (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Disputed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <location line="+94" />
            <source>All customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-91" />
            <source>Issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InvoiceTableModel</name>
        <message>
            <location filename="../../app/ui/tablemodels/invoices.py" line="+44" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-4" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Open</source>
            <comment>amount still owed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Days overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Credit note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Partly paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Disputed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Written off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+133" />
            <source>Credit note: reduces what the customer owes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InvoicesTab</name>
        <message>
            <location filename="../../app/ui/tabs/invoices.py" line="+105" />
            <source>Loading invoices…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+68" />
            <source>&amp;New invoice…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+113" />
            <source>Import invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Importing is not available in this build.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+115" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>No invoices match these filters (of {total}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{shown} of {total} shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open: {amounts}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <location line="+75" />
            <source>New invoice…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-74" />
            <source>New invoice (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Credit note…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Credit note for the selected invoice or a customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Cancel invoice…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Mark disputed…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Clear dispute…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Write off…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Write off the open balance as bad debt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reverse write-off…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open the written-off balance again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Allocate payments oldest first…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Apply this customer's unallocated payments and credit notes to its oldest invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Copy the selected rows (Ctrl+C)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+47" />
            <source>No invoices yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Import your open invoices from Excel or CSV, or enter them one by one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Import invoices…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IssueLettersDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/collections_letters.py" line="+110" />
            <source>Issue today's letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Finding what is due today…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Tick &amp;all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tick &amp;none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Sent by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>registered mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>EMS (tracked)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Delivery proof (tracking number…), can be added later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Issue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save PDFs to folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;E-mail…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+100" />
            <source>E-mailing letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Save the letters to a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The letters could not be saved: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{count} letter(s) saved to {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>The letters could not be printed: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{count} letter(s), {pages} page(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Issue {count} letter(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>E-mailing {count} letter(s)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Issuing {count} letter(s)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{new} issued now ({again} already issued before).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Cancelled: the rest was not issued.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{count} step(s) due on {date}: untick what should not go out, then Issue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Nothing more to issue for {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{count} letter(s) of the day can be printed or saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LearnedAliasList</name>
        <message>
            <location filename="../../app/ui/dialogs/bank_aliases.py" line="+31" />
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Stop recognising this payer as the customer (when you press OK)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{kind}: {value} — learned from line {ref} ({date})</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-472" />
            <location line="+290" />
            <source>Save the letter and e-mail texts of this stage as your own copy (Ctrl+S); issued letters and e-mails use it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-288" />
            <source>Revert to default…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Chinese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Edit the letters sent to customers whose language is {language}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Language of the letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Placeholders (double-click to insert)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Placeholder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Prints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>&amp;Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>The printed letter: [subject], [salutation], [body], [consequences] and [closing]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>The e-mail that carries the letter as a PDF: [subject] and [body]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>A line [name] starts a section, {name} prints a placeholder, {{ and }} print a brace, lines starting with # are notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>Friendly reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>First reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Formal demand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Final notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Handover notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>not in the default ladder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>on the due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>1 day before the due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>1 day after the due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{days} days before the due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{days} days after the due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Your letter and e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Your letter · default e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Default letter · your e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Default texts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Customised: your copy in the data folder is used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The texts shipped with ARDesk are used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <location line="+22" />
            <location line="+138" />
            <location line="+24" />
            <source>letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-184" />
            <location line="+22" />
            <location line="+138" />
            <location line="+24" />
            <source>e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-181" />
            <source>Your own {what} text, saved in {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The default {what} text shipped with ARDesk; saving keeps your copy in the data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Preview with sample data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>E-mail preview with sample data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Correct the problems shown under the text first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Use the default {what} text shipped with ARDesk again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Line {line}, column {column}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>… and {count} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The template cannot be saved or printed until this is corrected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <location line="+22" />
            <location line="+14" />
            <source>Showing the last version without problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-34" />
            <location line="+36" />
            <source>No preview: the text has problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-31" />
            <source>Updating…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>{count} page(s) · fit to width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The preview could not be drawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Attachment: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>To: {customer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>The {what} text cannot be saved: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>The template could not be saved: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Use the default {what} text for “{stage}” again? Your own text is deleted from the data folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Discard your changes to the {what} text for “{stage}”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Revert to default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The template could not be reverted: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save your changes to “{stage}”?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LogCallDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/collections_call.py" line="+42" />
            <source>Log call — {customer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>How did the call go?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;No answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Promise to pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Dispute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>O&amp;ther</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Promise to pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>empty: everything open on the ticked invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pays by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Amount:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Dispute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Type or pick a reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Invoices:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Who you spoke to, what was said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Call again on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+46" />
            <source>Tick the invoices the customer promised to pay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Tick the disputed invoices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Give a reason for the dispute.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MailSend</name>
        <message>
            <location filename="../../app/ui/dialogs/mail_send.py" line="+35" />
            <location line="+51" />
            <source>E-mail letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-44" />
            <source>E-mail is not set up yet: enter the mail server and the sender address in Settings → E-mail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Password for {user} on {server}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>E-mail {count} letter(s) to the customers as PDF attachments?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{count} customer(s) have no e-mail address: their letters are skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>None of these customers has an e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>{reference} {customer}: sent to {address}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>not sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>{sent} of {count} letter(s) e-mailed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MailSettingsForm</name>
        <message>
            <location filename="../../app/ui/dialogs/mail_settings.py" line="+35" />
            <source>Letters can be e-mailed to the customers as PDF attachments through your company's mail server (SMTP).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Server:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>STARTTLS (usually port 587)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>SSL/TLS (usually port 465)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>None (not encrypted, port 25)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Connection security:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Port:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>empty: the server needs no login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>kept – type to change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pass&amp;word:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The password is kept in the system keyring, never in the database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>There is no system keyring on this computer: the password is kept in memory only until ARDesk closes, never in the database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;From address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reply-to address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source> s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Timeout:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+87" />
            <source>Send &amp;test mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-82" />
            <source>Test mail to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+75" />
            <source>Sending a test mail…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Test mail sent: {answer}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/ui/main_window.py" line="+226" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open &amp;recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Main toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>&amp;New…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Importing is not available in this build.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+54" />
            <source>No database open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>⚠ {n} credit alerts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Show the customers with credit alerts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>{customers} customers · {invoices} invoices · {open} open · {overdue} overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>As of {date} (fixed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>As of {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Demo company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Clear list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+62" />
            <source>Closing when the running work has finished…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Work in progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This is still running:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Close ARDesk when it has finished, or cancel it (nothing of it is kept) and close?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Finish, then close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancel it and close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Keep working</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MatchingSettingsForm</name>
        <message>
            <location filename="../../app/ui/dialogs/bank_settings.py" line="+32" />
            <source>A bank line is applied automatically only when its best candidate reaches the threshold and beats the next one by the margin; otherwise it is a suggestion for you to review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Automatic &amp;threshold (score):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Margin over the next candidate:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Bank charges up to (&amp;%):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>…or a fixed amount up to ({currency}):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A payment short by no more than the larger of the two is booked as bank charges.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>{text} is not a percentage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The percentage must be 0–10 with at most two decimals.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The fixed amount cannot be negative.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotifyDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/insurance_buyer.py" line="+11" />
            <source>Overdue notified — {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Invoice {number} of {code} {name}, due {due}, {open} open; policy {policy} ({insurer}). Notify by {notify_by}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Notified &amp;on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>e.g. the insurer's acknowledgement number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reference:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>N&amp;ote:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Recording the notification</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OpenClaimDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/insurance_claim.py" line="+39" />
            <source>Open insurance claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Only customers with an insured limit are listed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;ustomer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Policy:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The invoices must be overdue and open on this day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Opened on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Days overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Insured limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>In claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Tick &amp;all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Untick a&amp;ll</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Invoices:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Claimable amount if filed on that day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>N&amp;ote:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>In claim {reference} already</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>This customer has no overdue insured invoice open on that day under the policy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No policy insures this customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>{n} of {total} invoices ticked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Choose the customer from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Choose the policy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Tick at least one invoice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Opening claim</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/credit_entries.py" line="+165" />
            <source>Override — {customer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Computed grade {grade} (score {score}); limit in force {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Revoke selected…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>New override</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>(keep the computed grade)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Grade:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>blank: keep the limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Limit ({currency}):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Until:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <location line="+4" />
            <source>Revoke override</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-4" />
            <source>Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Give a reason.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PdfPages</name>
        <message>
            <location filename="../../app/ui/pdf_pages.py" line="+129" />
            <source>Preparing {count} page(s)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/collections_plan.py" line="+30" />
            <source>Instalment plan — {customer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Invoices in the plan (they leave the dunning ladder while the plan is kept; a missed part resumes dunning):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <location line="+15" />
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-14" />
            <source>S&amp;plit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>parts, first on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>then every</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Parts:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Grace per part:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>Part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-35" />
            <source>&amp;Create plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+67" />
            <source>Part {n} has no amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>{n} parts: {sum} of {total} {currency} open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{diff} {currency} not covered</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PolicyDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/insurance_policy.py" line="+66" />
            <source>Edit policy {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>New credit-insurance policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Choose or type the insurer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Insurer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Policy &amp;number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Invoices in this currency are insured; limits, deductible and claims are in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;urrency:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Period &amp;from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Period &amp;to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The share of the insured loss the insurer pays, e.g. 90 or 87.5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>In&amp;demnity %:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>How long past the due date the insurer allows extending payment terms without asking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Maximum &amp;extension:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Notify an overdue within:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>after the due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>File the &amp;claim within:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Excess borne by you on each claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Dedu&amp;ctible per claim:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Aggregate first loss of the policy period borne by you before the insurer pays (leave empty if none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Aggregate first loss:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>N&amp;ote:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>Choose a known currency (e.g. CNY, USD).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Saving policy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RateTableBox</name>
        <message>
            <location filename="../../app/ui/dialogs/dunning_settings_interest.py" line="-187" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add a rate in force from a later date (a copy of the newest row, one month later; edit it in the table)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RateTableModel</name>
        <message>
            <location filename="../../app/ui/tablemodels/dunning.py" line="+297" />
            <source>In force from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Rate % a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>{date} is already in the table.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>{text} is not a rate in %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>A rate must be 0–100 %.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RatingDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/credit_entries.py" line="-214" />
            <source>External rating — {customer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Source:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Grade:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Rated on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Note:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/bank_reason.py" line="+21" />
            <source>Not a customer payment (other income)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Interest or bank refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Transfer between own accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Supplier refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Already booked by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Reason (required, kept in the history):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reason (optional, kept in the history):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Type or pick a reason</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RescoreDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/credit_rescore.py" line="+38" />
            <source>Re-score all customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Score as of:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Preview shows who would change grade or limit; nothing is saved until you apply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Scoring every customer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Saving the new grades…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>As of {date}: {n} customers scored ({grades}). {moved} would change grade, {limits} limit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Saved: {moved} grade changes and {limits} limit changes as of {date}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReverseWriteOffDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/writeoff_dialog.py" line="+91" />
            <source>Reverse the write-off of {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reverse write-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reason for the reversal (required, kept in the history):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{number} is not written off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Written off on {date}: {amount} {cur} ({reason}). Reversing opens the balance again; the write-off stays in the history, marked reversed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/credit_review.py" line="+92" />
            <source>Credit review — {code} · {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Loading chart…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Reviewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Next review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Last reviews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>This review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Review &amp;date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Re&amp;viewer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Current grade:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>{saved} saved, {grade} computed (score {score})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Upgraded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Downgraded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Limit changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Put on watch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Prepayment only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>D&amp;ecision:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Keep {grade} (computed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>New &amp;grade:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>blank: keep {limit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>no limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>New &amp;limit ({currency}):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Set the &amp;next review by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Next re&amp;view:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>What was looked at, who was spoken to, conditions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Record review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>No invoices paid in the last 12 months.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>paid on time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>paid late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>days beyond terms (right)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Invoices paid per month, last 12 months</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewTableModel</name>
        <message>
            <location filename="../../app/ui/tablemodels/credit.py" line="+31" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Days overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Saved grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Last review</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RowErrorModel</name>
        <message>
            <location filename="../../app/ui/tablemodels/import_preview.py" line="+81" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScoreBreakdown</name>
        <message>
            <location filename="../../app/ui/dialogs/credit_breakdown.py" line="+41" />
            <source>Days beyond terms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Paid late (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Invoices paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Overdue share (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Oldest overdue (days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Utilisation (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>First invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Debt-to-assets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Current ratio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Rated on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>little history, neutral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>no limit, neutral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>no financials, neutral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>financials out of date, neutral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>no rating, neutral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>rating out of date, neutral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>rating not in the scale, neutral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>within the limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>over the warning line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>over the limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>no limit set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Grade {grade} — score {score} / 100</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>(A ≥ {a}, B ≥ {b}, C ≥ {c})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Why {grade}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Measured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>The score alone gives {score_grade}; the negative events cap it at {grade}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Limit set to {limit} by hand until {date}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Some amounts could not be converted (no exchange rate for {list}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Exposure {exposure} {currency}; no credit limit set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Exposure {exposure} of a limit of {limit} {currency} ({pct}, {status}; warning line {line} %).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Open invoices {open}, unapplied credit notes {credits}, unapplied payments {payments}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>{source}; the grade rule gives {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{source}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Grade {grade} policy: {days} days' terms; new invoices need prepayment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Grade {grade} policy: {days} days' terms.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Next review: {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not scored yet: re-score to set the next review date.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/settings_dialog.py" line="+48" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>System language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Menus and tabs switch language when you press OK; letters use each customer's own language.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>General</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Bank matching</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>Credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Dunning</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SplitModel</name>
        <message>
            <location filename="../../app/ui/dialogs/bank_choose.py" line="-245" />
            <source>{number}: enter an amount greater than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{number}: more than the {open} open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>Invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>(disputed)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StageTableModel</name>
        <message>
            <location filename="../../app/ui/tablemodels/dunning.py" line="-271" />
            <source>No letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Stage name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Days from due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Claims interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>The stage's name, as letters and the worklist show it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Days after the due date when the stage is reached (negative: before it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>What is done at this stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The letter template it sends (in the customer's language)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A fixed fee charged with the letter, in the letter's currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Whether the letter claims late interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+67" />
            <source>Stage {n}, Fee: {text} is not an amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+72" />
            <source> days</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatementMappingDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/statement_mapping_dialog.py" line="+50" />
            <source>Statement columns — {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>ARDesk does not know this statement layout. Choose above each column what it holds, check, and save the mapping to use it again for this bank.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Save mapping as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>own account, if no column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+6" />
            <source>as detected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-6" />
            <source>day/month/year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>month/day/year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>point: 1,234.56</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>comma: 1.234,56</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Mapping:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Currency:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Account:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Dates:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Decimal mark:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>&amp;Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>— not used —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>Still needed: {fields}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>as detected from the headers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Save mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Name for this statement layout (e.g. the bank):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>{lines} lines in {statements} statement(s) can be imported.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatementsDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/collections_statements.py" line="+52" />
            <source>Statements for all customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Counting the customers with open items…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>each customer's letter language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Chinese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Paper:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>one PDF per customer, in a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>all in one PDF file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>print (with a preview)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Make:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Make statements…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>Making {count} statement(s)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No customer has open items on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{count} customer(s) have open items on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Save the statements to a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Save the statements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Making statements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>{count} statement(s) ready to print.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{count} statement(s) saved in {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{count} statement(s) saved to {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Statements of {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Cancelled: the statements already made were kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled: nothing was written.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../../app/ui/tabs/customer_detail.py" line="-242" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Partly paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Disputed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Written off</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tabs</name>
        <message>
            <location filename="../../app/ui/tabs/__init__.py" line="+60" />
            <source>Customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Aging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Collections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Credit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UndoImportDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/import_history_dialog.py" line="-165" />
            <source>Undo import #{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>This removes from the database what {file} brought in on {date}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The import stays in the history, marked as undone, and the file can be imported again afterwards. This cannot be reversed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Reason (required, kept in the history):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Undo import</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WarningWindowDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/insurance_policy.py" line="+10" />
            <source>Deadline warning window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Warn before a deadline:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A notification, extension or claim deadline this close or closer is shown in amber in the deadlines list and counted in the Insurance tab's title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Saving the warning window</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WriteOffDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/writeoff_dialog.py" line="-57" />
            <source>Write off {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Write off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reason for the write-off (required, kept in the history):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Write-off &amp;date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>{number} is a credit note; only invoices can be written off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{number} is cancelled; there is nothing to write off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{number} is already written off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Nothing is open on {number}; there is nothing to write off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The open balance of {amount} {cur} is written off as bad debt on the date below. The invoice then shows as written off with nothing open, and reports count the write-off from that date. It can be reversed later.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_DocumentDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/invoice_dialog.py" line="-267" />
            <source>C&amp;ustomer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>C&amp;urrency:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Amount:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;PO / reference:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>Choose a customer from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>A number is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Number {number} is already used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Unknown currency {code}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Enter the amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The amount must be greater than zero.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>credit_forms</name>
        <message>
            <location filename="../../app/ui/dialogs/credit_entries.py" line="-100" />
            <source>{text} is not a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{text} is not a number of 0 or more.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../app/ui/errors.py" line="+40" />
            <source>ARDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Something went wrong inside ARDesk. Your data was not changed by the failed step. The details were saved to:
{path}
Please send this file to support.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>forms</name>
        <message>
            <location filename="../../app/ui/dialogs/forms.py" line="+79" />
            <source>{text} is not an amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Choose a currency first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Too many decimals for {currency}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <location filename="../../app/cli.py" line="347" />
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="347" />
            <source>partly paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="347" />
            <source>paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="348" />
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="348" />
            <source>disputed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="348" />
            <source>written off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="297" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="297" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="297" />
            <source>Cur.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="297" />
            <source>Terms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="297" />
            <source>Credit limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="298" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="298" />
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="298" />
            <source>Oldest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="318" />
            <source>Unknown customer code {code}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="336" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="336" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="336" />
            <source>Issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="336" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="337" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="337" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="337" />
            <source>Days overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="405" />
            <source>{path} already exists; use --force to replace it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="367" />
            <source>Backup written and verified: {path} ({customers} customers, {invoices} invoices)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="382" />
            <source>Restored {path} from {backup} ({customers} customers, {invoices} invoices).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="396" />
            <source>{path}: integrity ok ({customers} customers, {invoices} invoices).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="412" />
            <source>Demo company written to {path}: {customers} customers, {invoices} invoices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="475" />
            <source>Interrupted; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="185" />
            <source>Warning:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="385" />
            <source>The replaced database was saved as {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="448" />
            <source>Creating the demo company in {path} …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="490" />
            <source>This is a bug in ARDesk; the details were saved to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="242" />
            <source>… and {n} more error(s); --rejected FILE writes every rejected row with its errors.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli.py" line="246" />
            <source>Rejected rows written to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="189" />
            <source>{customers} customers re-scored as of {date}: {grades} grade changes saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="190" />
            <source>{customers} customers as of {date}: {grades} would change grade; nothing saved (use --apply).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="325" />
            <source>Credit settings saved; as of {date} {moved} customers change grade.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="326" />
            <source>Credit settings are valid; as of {date} {moved} customers would change grade. Nothing saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="112" />
            <source>A credit limit cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="110" />
            <source>Not an amount in {currency}: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="160" />
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="160" />
            <source>Grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="161" />
            <source>Exposure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="161" />
            <source>Used %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="184" />
            <source>New grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="185" />
            <source>New limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="207" />
            <source>Alert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="207" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="225" />
            <source>Last review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="309" />
            <source>Cannot read {path}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="154" />
            <source>Factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="154" />
            <source>Points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="154" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="245" />
            <source>Financials of {code} dated {date} saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="255" />
            <source>Rating {grade} from {source} saved for {code}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="266" />
            <source>Event {id} recorded for {code}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="278" />
            <source>Override {id} for {code} in force from {start} until {until}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="292" />
            <source>Review of {code} recorded: grade {grade}, next review {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="316" />
            <source>{path} is not a JSON object of credit settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="153" />
            <source>score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_credit.py" line="153" />
            <source>grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="380" />
            <source>{reference}: recorded as returned; it restarts nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="381" />
            <source>{reference}: delivery recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="153" />
            <source>Unknown invoice {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="369" />
            <source>Unknown dunning letter {reference}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="172" />
            <source>{value} is not an amount in {currency}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="239" />
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="239" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="239" />
            <source>Invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="240" />
            <source>Fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="240" />
            <source>Interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="240" />
            <source>Total due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="355" />
            <source>Invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="355" />
            <source>Expires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="356" />
            <source>Days left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="356" />
            <source>Restarted by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="262" />
            <source>Promise {id} recorded: {number} by {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="303" />
            <source>Name one invoice, or --customer CODE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="307" />
            <source>Hold {id} set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="331" />
            <source>Name the invoices, --parts N and --first DATE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="336" />
            <source>Instalment plan {id}: {count} parts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="391" />
            <source>{reference} cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="457" />
            <source>{code}: {days} grace days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="246" />
            <source>{count} dunning action(s) issued for {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="276" />
            <source>{number}: dispute resolved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="277" />
            <source>{number} is disputed and leaves the dunning ladder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="290" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="291" />
            <source>Until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="291" />
            <source>Lifted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="319" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="319" />
            <source>Parts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="441" />
            <source>Cannot read {path} as UTF-8 text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="406" />
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="406" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="406" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="416" />
            <source>{date} is not in the {region} calendar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="300" />
            <source>Hold {id} lifted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="328" />
            <source>Instalment plan {id} cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="412" />
            <source>{date} added to the {region} calendar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="418" />
            <source>{date} removed from the {region} calendar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_dunning.py" line="427" />
            <source>{count} calendar day(s) imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="96" />
            <source>Week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="96" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="105" />
            <source>Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="106" />
            <source>Unlikely</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="108" />
            <source>Disputed (not forecast)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="109" />
            <source>Unapplied payments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="110" />
            <source>Open credit notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="53" />
            <source>Unknown currency {currency}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="94" />
            <source>Nothing is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="155" />
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="155" />
            <source>Mean receipts / week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="155" />
            <source>MAE forecast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="156" />
            <source>MAE baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="156" />
            <source>Improvement %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="91" />
            <source>Expected receipts as of {date} (week 1 starts the next day)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="98" />
            <source>forecast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="98" />
            <source>due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="150" />
            <source>Backtest: {count} dates from {first} to {last}, {weeks} weeks each, against what was received up to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="164" />
            <source>Forecast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="164" />
            <source>Baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_forecast.py" line="163" />
            <source>{currency}: mean absolute error by week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_imports.py" line="62" />
            <source>can be undone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_imports.py" line="66" />
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_imports.py" line="66" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_imports.py" line="66" />
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_imports.py" line="66" />
            <source>Added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_imports.py" line="67" />
            <source>Unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_imports.py" line="67" />
            <source>Rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_imports.py" line="67" />
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_imports.py" line="59" />
            <source>undone {date}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="165" />
            <source>An amount cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="176" />
            <source>Not a percentage: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="300" />
            <source>Policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="300" />
            <source>Insured limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="301" />
            <source>Over by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="338" />
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="339" />
            <source>Notify by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="339" />
            <source>Extension ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="339" />
            <source>Claim by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="435" />
            <source>Claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="435" />
            <source>Opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="435" />
            <source>Claimable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="436" />
            <source>Paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="436" />
            <source>Recovered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="215" />
            <source>Insurer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="215" />
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="215" />
            <source>Indemnity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="216" />
            <source>Deductible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="216" />
            <source>Buyers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="233" />
            <source>Policy {number} saved (id {id}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="264" />
            <source>Valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="282" />
            <source>Insured limit {id} for {code} saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="315" />
            <source>Invoice {number} notified to the insurer on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="451" />
            <source>Claim pack written to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="272" />
            <source>Insured limit {id} ends on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="364" />
            <source>Claim {reference} opened for {code}: {count} invoice(s), {currency} {amount} claimable if filed on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="373" />
            <source>Claim {reference} filed on {date}: {currency} {amount} claimable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="378" />
            <source>Claim {reference} paid on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="381" />
            <source>Claim {reference} rejected on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="385" />
            <source>Recovery of {currency} {amount} recorded for claim {reference}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_insurance.py" line="389" />
            <source>Document list of claim {reference} updated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_ledger.py" line="126" />
            <source>{currency} on {date}: {rate}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_ledger.py" line="126" />
            <source>{currency} on {date}: {rate} (unchanged)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_ledger.py" line="86" />
            <source>Give one invoice number, or 'reverse' and one invoice number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_ledger.py" line="75" />
            <source>--date does not apply to reversing a write-off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_ledger.py" line="137" />
            <source>There is no rate of {currency} on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_ledger.py" line="154" />
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_ledger.py" line="154" />
            <source>Rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_ledger.py" line="154" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_ledger.py" line="80" />
            <source>{number} is not written off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_ledger.py" line="93" />
            <source>Wrote off {amount} {currency} on {number}, dated {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_ledger.py" line="139" />
            <source>Removed the rate of {currency} on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_ledger.py" line="82" />
            <source>Reversed the write-off of {number}: {amount} {currency} is open again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_letters.py" line="54" />
            <source>letters statement --all needs --dir DIR or --pdf FILE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_letters.py" line="44" />
            <source>letters statement --customer needs --pdf FILE (and no --dir).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_letters.py" line="51" />
            <source>Wrote {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_letters.py" line="60" />
            <source>Wrote {count} statements to {dir}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_letters.py" line="65" />
            <source>No customer has open items on {date}; nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="72" />
            <source>system keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="84" />
            <source>The e-mail settings are not complete: set them with `mail settings --server … --from …`.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="75" />
            <source>Setting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="75" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="113" />
            <source>sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="117" />
            <source>Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="117" />
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="73" />
            <source>not kept (no system keyring); use {variable}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="87" />
            <source>Test mail sent to {address}: {answer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="113" />
            <source>skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="113" />
            <source>failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="119" />
            <source>{sent} of {count} letter(s) e-mailed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="66" />
            <source>Password for {user} on {server}: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="69" />
            <source>No system keyring on this computer: the password is not kept. Set {variable} for the commands that send mail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_mail.py" line="107" />
            <source>No letters were issued on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="59" />
            <source>Name the statement line (its reference, or #ID).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="69" />
            <source>Say what to do: --auto, or show / accept / apply / ignore / undo LINE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="182" />
            <source>Write the invoice and amount as NUMBER=AMOUNT: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="201" />
            <source>apply needs --customer CODE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="66" />
            <source>--auto matches every line; do not name an action with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="169" />
            <source>Line {line} has {count} proposal(s); there is no number {n}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="207" />
            <source>Unknown customer {code}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="231" />
            <source>The invoices get more than the line's amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="172" />
            <source>Line {line} reconciled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="243" />
            <source>Line {line} ignored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="252" />
            <source>Line {line}: reconciliation undone; the line is unmatched again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="261" />
            <source>{file}: {rows} allocation rows written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="81" />
            <source>{lines} lines: {auto} matched automatically, {suggested} with suggestions to review, {unmatched} unmatched ({debits} of them debits).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reconcile.py" line="150" />
            <source>credit left: {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="218" />
            <source>DSO</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="218" />
            <source>Countback DSO</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="219" />
            <source>Best possible DSO</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="220" />
            <source>Average days delinquent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="220" />
            <source>CEI %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="221" />
            <source>Overdue %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="221" />
            <source>Bad-debt %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="136" />
            <source>Unapplied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="136" />
            <source>Net</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="213" />
            <source>Credit sales (S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="214" />
            <source>AR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="215" />
            <source>AR at start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="216" />
            <source>Current (not due)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="217" />
            <source>Written off in period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="225" />
            <source>Figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="210" />
            <source>KPIs in {currency} as of {date}, period of {days} days from {start}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="228" />
            <source>Month end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="233" />
            <source>Paid invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="233" />
            <source>Avg. days to pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="234" />
            <source>Avg. days beyond terms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_reports.py" line="146" />
            <source>Total in {currency} (converted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="40" />
            <source>unmatched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="40" />
            <source>auto-matched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="40" />
            <source>suggested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="41" />
            <source>matched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="41" />
            <source>ignored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="112" />
            <source>{file} was imported before: nothing imported, {skipped} lines skipped as duplicates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="114" />
            <source>{file}: {imported} lines imported, {skipped} skipped as duplicates ({statements} statements).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="165" />
            <source>{file} has no column {column}; its columns are: {columns}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="142" />
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="142" />
            <source>Booked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="142" />
            <source>Counterparty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="143" />
            <source>Remittance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="217" />
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="217" />
            <source>Column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="201" />
            <source>Saved the statement mapping {name}; {file} reads as {lines} lines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="228" />
            <source>There is no saved statement mapping named {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="213" />
            <source>fixed: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="230" />
            <source>Deleted the statement mapping {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/cli_statements.py" line="102" />
            <source>{file}: {lines} lines in {statements} statements; nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging.py" line="113" />
            <source>Not due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging.py" line="122" />
            <source>Give at least one bucket limit, such as 30,60,90.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging.py" line="124" />
            <source>At most {n} bucket limits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging.py" line="133" />
            <source>Bucket limits must be whole numbers of days, each larger than the one before: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging.py" line="152" />
            <source>Unknown aging basis {value}; use due or issue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging.py" line="116" />
            <source>{lo}–{hi} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging.py" line="162" />
            <source>Unknown currency {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging.py" line="419" />
            <source>No exchange rate for {currency} on or before {date}: {amount} {currency} left out of the {home} total.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging.py" line="115" />
            <source>&gt;{days} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="233" />
            <source> pts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="236" />
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="237" />
            <source>CEI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="334" />
            <source>by due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="334" />
            <source>by invoice date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="79" />
            <source>% overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="123" />
            <source>Aging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="245" />
            <source>Open invoices more than {days} days past their due date, in {currency}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="275" />
            <source>All customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="285" />
            <source>Total AR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="285" />
            <source>DSO (days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="288" />
            <source>No history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="301" />
            <source>Later / unlikely</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="303" />
            <source>Pays on due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="311" />
            <source>Page {page} of {pages}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="311" />
            <source>As of {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="312" />
            <source>Printed {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="189" />
            <source>vs {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="270" />
            <source>largest {top} of {n} customers: {pct}% of the total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="335" />
            <source>Aging report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="199" />
            <source>{days} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="221" />
            <source>Total AR ({currency})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="248" />
            <source>{pct}% of total AR.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="249" />
            <source>&gt;{days} days overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="273" />
            <source>Largest balances by age ({currency})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="274" />
            <source>Nothing open in {currency}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="287" />
            <source>Last {n} month ends ({currency})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/aging_export.py" line="304" />
            <source>Expected receipts per week ({currency})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/allocation.py" line="186" />
            <source>There is nothing to allocate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/backtest.py" line="114" />
            <source>A backtest needs 1 to 104 weeks, a step of 1 to 104 weeks and 1 to 200 dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/backtest.py" line="118" />
            <source>Replaying the forecast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/company.py" line="86" />
            <source>The company name is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/company.py" line="81" />
            <source>The image must be a PNG or JPEG file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/company.py" line="92" />
            <source>Bank account {n} has no account number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/company.py" line="95" />
            <source>Bank account {n}: unknown currency {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/company.py" line="83" />
            <source>The image is larger than {size} MB; use a smaller one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/__init__.py" line="56" />
            <source>Unknown customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/alerts.py" line="30" />
            <source>Over the credit limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/alerts.py" line="31" />
            <source>Over the insured limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/alerts.py" line="32" />
            <source>Over the warning line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/alerts.py" line="32" />
            <source>Grade dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/alerts.py" line="33" />
            <source>Review overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/alerts.py" line="33" />
            <source>Financials out of date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/alerts.py" line="59" />
            <source>Exposure {exposure} is above the credit limit {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/alerts.py" line="67" />
            <source>Grade {old} would drop to {new} (score {score}); re-score to save it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/alerts.py" line="76" />
            <source>Review was due on {date} ({days} days ago).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/alerts.py" line="62" />
            <source>Exposure {exposure} uses {pct} % of the credit limit {limit} (warning line {line} %).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/alerts.py" line="72" />
            <source>Grade dropped from {old} to {new} on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/entries.py" line="47" />
            <source>A ratio must be 0 or more and below 1000: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/entries.py" line="57" />
            <source>Unknown grade {grade}; use A, B, C or D.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/entries.py" line="68" />
            <source>Give the debt-to-assets ratio, the current ratio or both.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/entries.py" line="97" />
            <source>Give the rating's source and grade.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/entries.py" line="111" />
            <source>Unknown event kind {kind}; use {kinds}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/entries.py" line="125" />
            <source>An event cannot be cleared before it happened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/entries.py" line="131" />
            <source>Unknown credit event.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/entries.py" line="160" />
            <source>An override needs a grade, a limit or both.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/entries.py" line="164" />
            <source>Give the reason for the override.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/entries.py" line="166" />
            <source>The override must run until {start} or later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/entries.py" line="182" />
            <source>Unknown override.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/entries.py" line="45" />
            <source>{value} is not a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/gate.py" line="69" />
            <source>{customer}: exposure {after} would pass the warning line ({line} %) of the credit limit {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/gate.py" line="79" />
            <source>{count} customer(s) need a reason to accept the new invoices: {first} Give the reason to go ahead (it is kept in the audit log).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/gate.py" line="140" />
            <source>Give a reason for accepting the invoice past the credit check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/gate.py" line="65" />
            <source>{customer} (grade {grade}) must pay in advance: new invoices are refused unless you give a reason to override.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/gate.py" line="68" />
            <source>{customer}: exposure {after} would be over the credit limit {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/reviews.py" line="98" />
            <source>Give the review's decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/reviews.py" line="110" />
            <source>The next review must come after the review date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="37" />
            <source>Payment behaviour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="37" />
            <source>Current overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="38" />
            <source>Limit utilisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="38" />
            <source>Relationship length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="39" />
            <source>Financial ratios</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="39" />
            <source>External rating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="40" />
            <source>Litigation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="40" />
            <source>Insolvency notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="41" />
            <source>Returned payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="41" />
            <source>Negative event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="171" />
            <source>{late} % of {count} invoices paid in the last 12 months were late; on average {days} days beyond terms (weighted by amount).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="188" />
            <source>{pct} % of the open invoices is overdue; the oldest item is {days} days past due.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="211" />
            <source>Exposure uses {pct} % of the credit limit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="219" />
            <source>No invoices yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="221" />
            <source>Customer for {months} months (first invoice {date}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="249" />
            <source>Debt-to-assets {dta}, current ratio {cr} (statement of {date}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="272" />
            <source>{source} rates the customer {grade} ({date}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="300" />
            <source>Grade set to {grade} by hand until {date}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="160" />
            <source>Only {count} invoice(s) paid in the last 12 months: too little history, neutral.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="181" />
            <source>Nothing overdue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="200" />
            <source>Nothing owed: no part of the credit limit is used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="202" />
            <source>No credit limit set: neutral.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="207" />
            <source>Exposure above a credit limit of zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="231" />
            <source>No financial statements entered: neutral.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="239" />
            <source>The latest financial statement ({date}) is older than {months} months: neutral.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="257" />
            <source>No external rating entered: neutral.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="262" />
            <source>The external rating of {date} is older than {months} months: neutral.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="268" />
            <source>External rating {grade} is not in the rating scale: neutral.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/scoring.py" line="290" />
            <source>{kind} on {date} caps the grade at {grade}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="69" />
            <source>Days beyond terms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="69" />
            <source>Invoices paid late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="70" />
            <source>Overdue share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="70" />
            <source>Oldest overdue item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="71" />
            <source>Utilisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="71" />
            <source>Months as a customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="72" />
            <source>Debt-to-assets ratio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="72" />
            <source>Current ratio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="75" />
            <source>days paid after the due date, weighted by amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="76" />
            <source>% of the invoices paid in 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="77" />
            <source>% of the open invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="78" />
            <source>days past the due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="79" />
            <source>% of the credit limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="80" />
            <source>months since the first invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="81" />
            <source>total debt ÷ total assets (0.45 = 45 %)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="82" />
            <source>current assets ÷ current liabilities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="213" />
            <source>Give each credit factor a weight of 0 or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="215" />
            <source>The credit factor weights must add up to 100 (now {total}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="218" />
            <source>The grade thresholds must satisfy 0 &lt; C &lt; B &lt; A ≤ 100.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="221" />
            <source>Unknown factor curve: {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="227" />
            <source>Each negative event kind needs a grade cap of A, B, C or D.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="231" />
            <source>A negative event counts for 1–{max} whole months, or until it is cleared.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="234" />
            <source>There must be one grade policy for each of A, B, C and D.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="248" />
            <source>The neutral share must be 0–100 % and the warning line 1–100 %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="252" />
            <source>Minimum history, staleness and limit rounding must be positive whole numbers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="293" />
            <source>{factor} – {name}: the curve needs at least one point.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="295" />
            <source>{factor} – {name}: a curve has at most {max} points.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="238" />
            <source>Grade {grade}: terms must be 0–3650 days and the limit share 0–1000 %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="242" />
            <source>Grade {grade}: the limit floor must be 0 or more and not above the cap.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="245" />
            <source>Grade {grade}: reviews must come every 1–60 months.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="301" />
            <source>{factor} – {name}, point {point}: enter numbers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="304" />
            <source>{factor} – {name}, point {point}: the value must be {low} to {high} ({unit}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="307" />
            <source>{factor} – {name}, point {point}: the share must be 0–100 %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="310" />
            <source>{factor} – {name}, point {point}: use at most {places} decimal places.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="313" />
            <source>{factor} – {name}, point {point}: the value {value} must be above the previous point's {previous}; the points are kept in order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="328" />
            <source>External rating scale, row {row}: enter the grade.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="331" />
            <source>External rating scale, row {row}: a grade has at most {max} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="334" />
            <source>External rating scale, row {row}: the share of {grade} must be a whole number 0–100 %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="338" />
            <source>External rating scale, row {row}: {grade} is already in row {first}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/credit/settings.py" line="205" />
            <source>The stored credit settings cannot be read; save them again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="109" />
            <source>Customer code {code} already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="129" />
            <source>Customer {id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="62" />
            <source>A customer code is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="66" />
            <source>A customer name is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="70" />
            <source>Payment terms must be between 0 and {max} days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="73" />
            <source>The credit limit cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="75" />
            <source>{value} is not an e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="77" />
            <source>Letter language must be zh or en.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="79" />
            <source>The early-payment discount must be between 0 and 50 %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="83" />
            <source>Discount days must be between 0 and {max}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="151" />
            <source>The currency of {code} cannot change: it already has invoices in {currency}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="64" />
            <source>The customer code is longer than 64 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/customers.py" line="81" />
            <source>Give the number of days the early-payment discount applies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/demo.py" line="112" />
            <source>The demo needs at least one customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/demo.py" line="114" />
            <source>The number of invoices cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/demo.py" line="116" />
            <source>The demo covers 1 to 120 months.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/demo.py" line="127" />
            <source>{path} already has customers, invoices or payments; the demo company is only written into an empty database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/demo.py" line="189" />
            <source>Creating the demo company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/calendar.py" line="79" />
            <source>Give a region code of at most 10 characters (e.g. CN).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/calendar.py" line="82" />
            <source>A calendar day is a holiday or a workday, not {kind}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/calendar.py" line="126" />
            <source>{value} is not a date (YYYY-MM-DD).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="56" />
            <source>Put a hold on one invoice or on one customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="58" />
            <source>Give a reason for the hold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="60" />
            <source>The hold ends on {until}, before it starts ({start}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="79" />
            <source>Hold {id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="81" />
            <source>This hold was already lifted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="103" />
            <source>Give a reason for the dispute.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="118" />
            <source>Grace days must be 0–90.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="120" />
            <source>Say who approved the grace days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="144" />
            <source>Unknown kind of contact {kind}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="146" />
            <source>Unknown call outcome {outcome}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="148" />
            <source>The follow-up date is before the contact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="65" />
            <source>Invoice {id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="169" />
            <source>A promise to pay needs the promised date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="172" />
            <source>Nothing is open for this customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/contacts.py" line="178" />
            <source>Choose the disputed invoices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/issuing.py" line="76" />
            <source>Unknown way of sending {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/issuing.py" line="132" />
            <source>Dunning action {id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/issuing.py" line="141" />
            <source>Give a reason for the cancellation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/issuing.py" line="143" />
            <source>{reference} is already cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/issuing.py" line="161" />
            <source>A letter is either delivered or returned, not both.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/issuing.py" line="164" />
            <source>{reference} is cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/issuing.py" line="42" />
            <source>The letter writer (PDF) is not available in this version; letters cannot be issued.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/issuing.py" line="174" />
            <source>Delivered on {date}, before the letter was issued.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/issuing.py" line="182" />
            <source>Returned on {date}, before the letter was issued.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="28" />
            <source>Reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="29" />
            <source>Phone call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="30" />
            <source>Demand letter (催告函)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="31" />
            <source>Final notice (legal warning)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="32" />
            <source>Handover (stops letters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="37" />
            <source>Friendly reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="38" />
            <source>First reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="39" />
            <source>Formal demand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="40" />
            <source>Final notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="41" />
            <source>Handover notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="46" />
            <source>No late interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="47" />
            <source>Annual rate (simple, actual/365)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="48" />
            <source>Daily rate (e.g. 0.05 % a day, 万分之五)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="49" />
            <source>China: one-year LPR + markup (30–50 %)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="50" />
            <source>EU: reference rate + points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="55" />
            <source>China: official holidays and make-up working days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="56" />
            <source>Weekends only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="61" />
            <source>Stage name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="61" />
            <source>Days from due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="62" />
            <source>Claims interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="84" />
            <source>Ladder {ladder}, stage {n} ({stage}), {column}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="103" />
            <source>give the stage a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="105" />
            <source>the offset must be between −365 and 3650 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="107" />
            <source>{offset} days must be later than the stage before it ({before} days).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="110" />
            <source>unknown action {action}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="112" />
            <source>the handover must be the last stage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="114" />
            <source>unknown letter template {template}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/presets.py" line="117" />
            <source>a fee must be 0 or more, with at most 3 decimals.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="40" />
            <source>Choose at least one invoice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="89" />
            <source>The promised date {date} is before today ({today}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="92" />
            <source>The promised amount must be above zero and at most the {open} open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="97" />
            <source>Intervals and grace days must be 0–365 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="114" />
            <source>Promise {id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="116" />
            <source>This promise is already {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="191" />
            <source>An instalment plan has 1–120 parts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="193" />
            <source>Instalments must be at least one day apart.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="196" />
            <source>Give one weight per part.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="199" />
            <source>Every instalment must be above zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="210" />
            <source>The instalments must add up exactly to the {open} open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="214" />
            <source>Instalment dates must be in order and not before today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="235" />
            <source>Instalment plan {id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="237" />
            <source>This instalment plan is already {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="49" />
            <source>{number} is a credit note, not an invoice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="52" />
            <source>Invoice {number} belongs to another customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="55" />
            <source>Invoice {number} is in {currency}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/promises.py" line="58" />
            <source>Nothing is open on {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="47" />
            <source>Phone call and first reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="48" />
            <source>Formal demand letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="50" />
            <source>Handover to legal / collection agency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="55" />
            <source>Reminder before due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="207" />
            <source>At least one dunning ladder is needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="236" />
            <source>The default ladder {name} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="247" />
            <source>The limitation period must be 1–30 years and its warning window 1–3650 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="251" />
            <source>The calendar region and the reference prefix must be short codes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="254" />
            <source>The letters' paper must be A4 or Letter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="261" />
            <source>Unknown kind of late interest {kind}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="264" />
            <source>An annual interest rate must be above 0 and at most 100 %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="267" />
            <source>A daily interest rate must be above 0 and at most 1 % a day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="270" />
            <source>The LPR markup must be 30–50 %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="272" />
            <source>The points above the reference rate must be 0–20.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="210" />
            <source>Ladder {name} needs a name and at least one stage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="214" />
            <source>Ladder {name}: each stage must come later than the one before it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="233" />
            <source>Ladder {name}: the handover must be the last stage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="240" />
            <source>Grade {grade}: the ladder {name} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="276" />
            <source>A rate table needs increasing dates and rates of 0–100 %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="179" />
            <source>The stored dunning settings cannot be read; save them again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="218" />
            <source>Ladder {name}: stage {n} needs a name of at most 100 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="221" />
            <source>Ladder {name}: unknown action {action}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="224" />
            <source>Ladder {name}: unknown letter template {template}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="227" />
            <source>Ladder {name}: offsets must be between −365 and 3650 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/settings.py" line="230" />
            <source>Ladder {name}: a fee must be 0 or more, with at most 3 decimals.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="23" />
            <source>Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="23" />
            <source>Handover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="24" />
            <source>Promise due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="24" />
            <source>Dispute to resolve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="25" />
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="25" />
            <source>Claim expiring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="28" />
            <source>Payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="29" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="29" />
            <source>Visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="29" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="30" />
            <source>Written acknowledgement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="30" />
            <source>Promise to pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="31" />
            <source>Dispute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="31" />
            <source>Hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="31" />
            <source>Instalment plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="35" />
            <source>reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="35" />
            <source>no answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="35" />
            <source>promise to pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="36" />
            <source>dispute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="36" />
            <source>other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="36" />
            <source>kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="37" />
            <source>broken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="37" />
            <source>active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="38" />
            <source>completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/dunning/worklist.py" line="38" />
            <source>came back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/exports.py" line="128" />
            <source>Could not write {path}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/forecast.py" line="412" />
            <source>The forecast covers 1 to 104 weeks, not {weeks}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/fx.py" line="65" />
            <source>The rate must be a number greater than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/fx.py" line="67" />
            <source>The rate {value} is too large.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/fx.py" line="70" />
            <source>The rate {value} has more than {max} decimals.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/fx.py" line="81" />
            <source>{currency} is the home currency; it needs no exchange rate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/fx.py" line="63" />
            <source>{value} is not a rate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/fx_import.py" line="40" />
            <source>Exchange rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/fx_import.py" line="83" />
            <source>{file}: {new} new rate(s), {unchanged} unchanged, {conflicts} conflict(s), {invalid} row(s) with errors not imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/fx_import.py" line="85" />
            <source>{file}: {new} new rate(s) (not written), {unchanged} unchanged, {conflicts} conflict(s), {invalid} row(s) with errors.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/fx_import.py" line="114" />
            <source>{file} has a header row but no data rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/fx_import.py" line="144" />
            <source>A value is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/fx_import.py" line="225" />
            <source>{file}: the database changed while the file was being checked ({reason}); nothing was imported. Check the file again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/fx_import.py" line="125" />
            <source>No column is mapped to {field}; choose the column that holds it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/fx_import.py" line="146" />
            <source>{value} is not a valid date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/fx_import.py" line="180" />
            <source>{currency} on {date} has different rates in rows {rows}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/fx_import.py" line="193" />
            <source>The rate of {currency} on {date} is {stored} in ARDesk, {value} in the file; nothing is overwritten (change it in the exchange-rate settings).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="34" />
            <source>Customer code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="40" />
            <source>Other names (separated by |)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="44" />
            <source>Payment terms (days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="47" />
            <source>Contact person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="51" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="53" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="57" />
            <source>Letter language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="62" />
            <source>Invoice number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="66" />
            <source>Customer (code or name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="69" />
            <source>Issue date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="72" />
            <source>Due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="80" />
            <source>PO / reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="85" />
            <source>Paid on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="90" />
            <source>Payment date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="99" />
            <source>Amount received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="102" />
            <source>Invoice number (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/fields.py" line="105" />
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="220" />
            <source>{number} has a payment or credit note applied since the import; undo that allocation first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="225" />
            <source>Credit note {number} from this import was applied to {target} since the import; undo that allocation first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="231" />
            <source>{number} has a write-off recorded against it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="234" />
            <source>{number} was cancelled after the import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="240" />
            <source>{number} was marked disputed after the import; clear the dispute first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="246" />
            <source>{number} is corrected by credit note {credit_note}, which is not from this import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="253" />
            <source>Payment {payment} from this import was applied to {number} after the import; undo that allocation first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="260" />
            <source>{number} (not from this import) was written off or cancelled after a payment from this import was applied to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="269" />
            <source>Customer {code} from this import has invoice {number}, which is not from this import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="273" />
            <source>Customer {code} from this import has payments that are not from this import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="202" />
            <source>Import #{batch} was already undone on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="205" />
            <source>Nothing from import #{batch} is left in the database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="326" />
            <source>Import #{batch} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="331" />
            <source>Give a reason for undoing the import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="382" />
            <source>Import #{batch} cannot be undone: other records refer to what it created ({reason}). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/history.py" line="136" />
            <source>Import #{batch} undone: {invoices} invoice(s), {credit_notes} credit note(s), {customers} customer(s) and {payments} payment(s) removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_customers.py" line="77" />
            <source>Checking rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_customers.py" line="205" />
            <source>{value} matches several customers ({codes}); use the customer code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_customers.py" line="208" />
            <source>Unknown customer {value}: add or import the customer first, or check the code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_customers.py" line="236" />
            <source>The amount is zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_customers.py" line="244" />
            <source>{value} has more decimals than {currency} allows ({decimals}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_customers.py" line="247" />
            <source>{value} is not an amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_customers.py" line="157" />
            <source>Customer code {code} appears more than once in the file (rows {rows}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_customers.py" line="177" />
            <source>Customer {code} already exists with different data ({details}); nothing is overwritten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_customers.py" line="114" />
            <source>{value} is not a number of days (0 to {max}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_customers.py" line="136" />
            <source>{value} is not a letter language (zh or en).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_invoices.py" line="334" />
            <source>Invoice {number} already exists with different data ({details}); nothing is overwritten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_invoices.py" line="329" />
            <source>Invoice number {number} appears more than once in the file (rows {rows}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_invoices.py" line="292" />
            <source>{count} paid invoice(s) without a paid date are recorded as paid on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_invoices.py" line="257" />
            <source>The due date {due} is before the issue date {issue}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_invoices.py" line="176" />
            <source>The number is longer than {max} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_invoices.py" line="236" />
            <source>Unknown status {value}; use open, paid, cancelled or disputed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_invoices.py" line="266" />
            <source>A credit note (negative amount) can only be imported as open or cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_invoices.py" line="240" />
            <source>Partly paid invoices cannot be imported: import the invoice as open, then record the payment received.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_invoices.py" line="277" />
            <source>The paid date {paid} is before the issue date {issue}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_invoices.py" line="244" />
            <source>Written-off invoices cannot be imported: import the invoice as open, then write it off in ARDesk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_payments.py" line="238" />
            <source>The reference is longer than {max} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_payments.py" line="229" />
            <source>{value} is negative: only money received can be imported (refunds are not).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_payments.py" line="254" />
            <source>Invoice {number} belongs to customer {owner}, not {customer}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_payments.py" line="258" />
            <source>Invoice {number} is in {currency}; the payment is in {paid}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_payments.py" line="262" />
            <source>The payment date {date} is before invoice {number} was issued ({issue}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_payments.py" line="325" />
            <source>A payment of {amount} {currency} from {customer} on {date} (reference “{reference}”) is already in ARDesk but is not applied to {number}; nothing is overwritten. Apply that payment in ARDesk, or correct the row.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_payments.py" line="352" />
            <source>Invoice {number} is already fully paid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_payments.py" line="378" />
            <source>Rows {rows} are identical; each is imported as a separate payment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_payments.py" line="181" />
            <source>The payment date {date} is after {as_of}; money cannot be received in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_payments.py" line="246" />
            <source>{number} is cancelled; nothing can be applied to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_payments.py" line="354" />
            <source>{amount} is more than the {open} still open on {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_payments.py" line="358" />
            <source>The payments to {number} in rows {rows} add up to {total}, more than the {open} still open on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_payments.py" line="250" />
            <source>{number} is written off; reverse the write-off before applying a payment to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/plan_stream.py" line="90" />
            <source>The file cannot be checked: the temporary space for big files is not usable ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/planning.py" line="257" />
            <source>{value} is not a valid date (dates in this file are read as day/month/year).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/planning.py" line="260" />
            <source>{value} is not a valid date (dates in this file are read as month/day/year).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/profiles.py" line="73" />
            <source>Give the mapping a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/profiles.py" line="75" />
            <source>The mapping name is longer than 100 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/profiles.py" line="126" />
            <source>There is no saved {kind} mapping named {name} (saved: {names}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/profiles.py" line="63" />
            <source>{file} does not match the mapping {name}: no column named {columns}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/profiles.py" line="116" />
            <source>The saved mapping {name} is damaged; save it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/stream.py" line="47" />
            <source>{file} was changed while ARDesk was reading it; nothing was imported. Check the file again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/stream.py" line="153" />
            <source>{file} is not a CSV or Excel file (it looks like binary data).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/stream.py" line="54" />
            <source>{file} is a folder, not a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/stream.py" line="172" />
            <source>{file} cannot be read as CSV: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="152" />
            <source>The file {file} cannot be read: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="188" />
            <source>{file}{where}: no header row found in the first {n} rows. The header row needs column names such as 发票号码 / Invoice number, 客户编号 / Customer code, 金额 / Amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="346" />
            <source>{file} has no sheet {sheet}; its sheets are: {sheets}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="448" />
            <source>{file} is damaged and cannot be read ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="149" />
            <source>The file {file} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="151" />
            <source>The file {file} cannot be read (permission denied).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="164" />
            <source>The file {file} is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="186" />
            <source>{file}{where} contains no data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="371" />
            <source>{file}: no sheet has a header row in its first {n} rows ({sheets}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="179" />
            <source>{file}: row {row} is empty or missing; it cannot be the header row.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="412" />
            <source>{file} is not a readable Excel workbook ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="459" />
            <source>{file} has no worksheets.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="491" />
            <source>{file} is not a readable Excel 97-2003 workbook (it may be damaged or password-protected): {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/table.py" line="392" />
            <source>{file} is not a normal Excel workbook ({reason}); it is not read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/writing.py" line="61" />
            <source>{file}: {new} new, {unchanged} unchanged, {conflicts} conflict(s), {invalid} row(s) with errors not imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/writing.py" line="64" />
            <source>{file}: {new} new (not written), {unchanged} unchanged, {conflicts} conflict(s), {invalid} row(s) with errors.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/writing.py" line="116" />
            <source>Writing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/importers/writing.py" line="390" />
            <source>Cannot write {path}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/candidates.py" line="71" />
            <source>Policy {id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claimpack.py" line="134" />
            <source>Unknown letter language {language}; use zh or en.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="30" />
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="30" />
            <source>Filed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="32" />
            <source>Sales contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="32" />
            <source>Copies of the invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="33" />
            <source>Proof of delivery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="33" />
            <source>Customs declaration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="34" />
            <source>Statement of account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="35" />
            <source>Collection records (letters, calls, promises)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="36" />
            <source>Overdue notification to the insurer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="37" />
            <source>Buyer's acknowledgement of the debt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="37" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="220" />
            <source>Only a draft claim can be filed; {reference} is {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="244" />
            <source>Only a filed claim can be paid; {reference} is {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="257" />
            <source>Only a filed claim can be rejected; {reference} is {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="270" />
            <source>Recoveries are recorded after the claim is paid; {reference} is {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="169" />
            <source>Claim {id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="222" />
            <source>A claim cannot be filed before it was opened ({date}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="227" />
            <source>Nothing is outstanding on the claim's invoices on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="246" />
            <source>The amount must be above zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="248" />
            <source>The decision cannot be dated before the filing ({date}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="259" />
            <source>Give the insurer's reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="274" />
            <source>A recovery cannot be dated before the claim was paid ({date}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="288" />
            <source>Unknown document {kind}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="435" />
            <source>Unknown claim {reference}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="90" />
            <source>The customer has no overdue insured invoice open on {date} that is not in a claim already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="99" />
            <source>Invoice {number} cannot be claimed: it must be this customer's, insured under the policy, overdue and open on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/claims.py" line="103" />
            <source>Invoice {number} is in claim {reference} already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/deadlines.py" line="29" />
            <source>Notify the insurer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/deadlines.py" line="29" />
            <source>Extension period ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/deadlines.py" line="30" />
            <source>File the claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/exposure.py" line="91" />
            <source>Exposure {exposure} is above the insured limit {limit} of policy {policy} by {over}; the excess is not insured.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="65" />
            <source>The indemnity must be above 0 % and at most 100 %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="53" />
            <source>Enter the insurer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="55" />
            <source>Enter the policy number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="62" />
            <source>The policy ends on {end}, before it starts ({start}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="67" />
            <source>A period must be 0 to 3650 days or months.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="69" />
            <source>A period is counted in days or months.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="71" />
            <source>The claim deadline counts from the notification, the due date or the end of the extension period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="83" />
            <source>A policy numbered {number} exists already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="124" />
            <source>Unknown policy {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="172" />
            <source>Unknown status {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="176" />
            <source>The limit ends on {end}, before it starts ({start}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="179" />
            <source>The limit's validity lies outside the policy period {start}–{end}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="182" />
            <source>A withdrawn limit needs the day its cover ended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="215" />
            <source>Insured buyer {id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="287" />
            <source>Invoice {number} is not overdue on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="292" />
            <source>Invoice {number} was notified already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="204" />
            <source>This buyer already has an approved limit under the policy from {start}; end it before entering a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/policies.py" line="282" />
            <source>Invoice {number} is not insured: no approved buyer limit covers its issue date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/insurance/settings.py" line="34" />
            <source>The warning window must be 0 to 365 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="65" />
            <source>Credit sales (S): invoices issued in the period less credit notes issued in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="67" />
            <source>Accounts receivable (AR): invoices still open on the as-of date. Unapplied credit notes and payments are not subtracted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="69" />
            <source>AR at the start of the period: invoices open at the end of the day before the period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="71" />
            <source>Current (CUR): the part of AR not yet due on the as-of date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="72" />
            <source>DSO (days sales outstanding) = AR / S × number of days in the period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="73" />
            <source>Countback DSO: going back month by month from the as-of month (counted up to the as-of date), the days of credit sales that the open AR still covers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="75" />
            <source>Best possible DSO = CUR / S × number of days in the period: the DSO if nothing were overdue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="77" />
            <source>Average days delinquent = DSO − best possible DSO.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="78" />
            <source>Collection effectiveness index (CEI) = (AR at start + S − AR) / (AR at start + S − CUR) × 100 %: how much of what could be collected in the period was collected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="80" />
            <source>Overdue % = (AR − CUR) / AR × 100 %: the share of AR past its due date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="81" />
            <source>Bad-debt % = amounts written off in the period / S × 100 % (write-offs reversed by the as-of date do not count).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="83" />
            <source>Average days to pay: paid date − issue date, weighted by amount, over the invoices fully paid in the last 12 months.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="85" />
            <source>Average days beyond terms: paid date − due date (negative when paid early), weighted by amount, over the invoices fully paid in the last 12 months.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="180" />
            <source>AR at start + S − CUR is zero: nothing was collectable in the period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="183" />
            <source>Nothing is open on the date (AR = 0).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="329" />
            <source>The credit sales on record do not cover the AR (history too short).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="169" />
            <source>No credit sales in the period (S = 0).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="170" />
            <source>Credit sales in the period are negative (more credit notes than invoices).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="369" />
            <source>The period must be between 1 and 3660 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/kpis.py" line="313" />
            <source>AR is negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="61" />
            <source>A document number is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="63" />
            <source>Number {number} is already used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="68" />
            <source>The amount must be greater than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="133" />
            <source>{number} is already cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="135" />
            <source>{number} is written off and cannot be cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="139" />
            <source>{number} has payments or credit notes applied; undo them first, or issue a credit note for the difference.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="190" />
            <source>{number} is written off; nothing can be applied to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="199" />
            <source>{date} is before {number} was issued.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="210" />
            <source>Payment {id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="219" />
            <source>Only {left} of this payment is left to allocate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="237" />
            <source>{number} is not a credit note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="239" />
            <source>{number} is cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="248" />
            <source>Only {left} of this credit note is left to allocate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="264" />
            <source>Allocation {id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/ledger.py" line="266" />
            <source>This allocation was already undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/letters/statement.py" line="107" />
            <source>There is no customer with id {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="59" />
            <source>The customer's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="60" />
            <source>The customer's number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="61" />
            <source>The contract number, if any</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="62" />
            <source>Total of the overdue invoices listed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="63" />
            <source>The stage's dunning fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="64" />
            <source>Late interest claimed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="65" />
            <source>Overdue total plus fee and interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="66" />
            <source>The total due in Chinese capitals (人民币大写)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="67" />
            <source>The date by which to pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="68" />
            <source>The letter's date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="69" />
            <source>Your bank account for the letter's currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="70" />
            <source>What happens if the customer does not pay (the [consequences] section)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="71" />
            <source>Your company's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="72" />
            <source>Your company's phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="73" />
            <source>Your company's e-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="74" />
            <source>The letter's reference number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="75" />
            <source>The name of the dunning stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="76" />
            <source>How many invoices the letter lists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="91" />
            <source>Line {line}: unknown placeholder {text}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="92" />
            <source>Line {line}: broken placeholder “{text}” (a brace without its partner, or a placeholder with a format).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="94" />
            <source>Line {line}: unknown section [{text}].</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="95" />
            <source>The template has no [body] section.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="119" />
            <source>Unknown letter template {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="121" />
            <source>Unknown letter language {language}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="173" />
            <source>The letter template {name} ({language}) has {count} problem(s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/letters/templates.py" line="328" />
            <source>The letter template {name} cannot be printed: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="115" />
            <source>Enter the mail server's name (e.g. smtp.example.com).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="118" />
            <source>The port must be 1–65535.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="120" />
            <source>Unknown connection security {value}: none, starttls or ssl.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="123" />
            <source>The sender address {address} is not an e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="126" />
            <source>The reply-to address {address} is not an e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="129" />
            <source>The timeout must be 1–300 seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="291" />
            <source>Letter {reference} is cancelled; it is not e-mailed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="293" />
            <source>{reference} has no letter PDF to send.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="296" />
            <source>Customer {customer} has no e-mail address; letter {reference} was not sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="300" />
            <source>The e-mail address {address} of customer {customer} is not valid; letter {reference} was not sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="344" />
            <source>No password for {user} on {server}: enter it in Settings → E-mail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="539" />
            <source>{address} is not an e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="386" />
            <source>The mail server {server} refused the login of {user}: wrong user name or password ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="393" />
            <source>The mail server {server} refused the sender {address}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="396" />
            <source>The mail server {server} did not accept the message: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="399" />
            <source>The mail server {server} does not support this: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="402" />
            <source>The secure connection to {server} failed: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="405" />
            <source>The mail server {server} did not answer within {seconds} seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="411" />
            <source>The mail server {server} closed the connection: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="414" />
            <source>The mail server {server} failed: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="417" />
            <source>Could not connect to the mail server {server}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="391" />
            <source>The mail server {server} requires a login: enter the user name and password in Settings → E-mail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="358" />
            <source>The mail server {server} does not offer STARTTLS: choose another connection security or ask your mail provider.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="365" />
            <source>The mail server {server} does not accept a login (AUTH) on this connection; check the connection security.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="376" />
            <source>The mail server {server} refused the address {address} of customer {customer}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/mail.py" line="509" />
            <source>{reference} was already e-mailed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="98" />
            <source>Payer account {account} is known for this customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="99" />
            <source>Payer name is the customer's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="100" />
            <source>Payer name {name} is an alias of this customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="101" />
            <source>Payer name resembles the customer's name ({score} %)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="102" />
            <source>Payer name {name} is the start of the customer's name (cut off by the bank)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="103" />
            <source>The payer looks like another customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="104" />
            <source>Paid through {platform}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="105" />
            <source>Reference {token} is invoice {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="106" />
            <source>Reference {token} is invoice {number} written differently</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="107" />
            <source>Reference {token} is invoice {number} without its prefix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="108" />
            <source>Reference {token} is one typo away from invoice {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="109" />
            <source>The text also names invoices of another customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="110" />
            <source>The amount is exactly what is open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="111" />
            <source>The amount is the sum of {count} open invoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="112" />
            <source>Short by {difference}: bank charges within the tolerance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="113" />
            <source>Short by {difference}: the early-payment discount of the terms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="114" />
            <source>Part payment: {amount} of {open} open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="115" />
            <source>{credit} more than the invoices: left as customer credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="116" />
            <source>No amount fits: oldest invoices first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="117" />
            <source>Another invoice or combination fits just as well</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="118" />
            <source>An invoice is disputed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="119" />
            <source>A debit: only incoming payments are matched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="120" />
            <source>A reversal: check the original payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="121" />
            <source>Neither the payer nor an invoice reference is known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/matching/engine.py" line="122" />
            <source>The customer has nothing open in {currency}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/progress.py" line="19" />
            <source>Cancelled; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="112" />
            <source>There is no statement line {ref}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="58" />
            <source>The automatic threshold must be 1–100 and the margin 0–100.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="61" />
            <source>The suggestion minimum must be between 0 and the automatic threshold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="64" />
            <source>The bank-charges tolerance must be 0–10 % and a fixed amount of 0 or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="94" />
            <source>Statement line {id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="106" />
            <source>{ref} is the reference of {count} lines; name one by its id: {ids}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="141" />
            <source>Line {ref} is already reconciled; undo it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="143" />
            <source>Line {ref} is a debit; only incoming payments are applied to invoices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="150" />
            <source>Amounts must be greater than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="152" />
            <source>{applied} applied and {credit} left as credit do not add up to the line's {amount}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="160" />
            <source>Give a reason for writing off the difference.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="162" />
            <source>An invoice appears twice in the split.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="202" />
            <source>Invoice {number} does not belong to {customer}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="211" />
            <source>The difference {amount} is more than the {open} still open on {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="258" />
            <source>Alias {id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="270" />
            <source>Give a reason for ignoring the line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="288" />
            <source>Line {ref} is not reconciled; there is nothing to undo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="157" />
            <source>A difference must be bank charges, a discount or a written-off difference, and greater than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="318" />
            <source>{number} was written off or cancelled since; reverse that first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="380" />
            <source>Matching</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="312" />
            <source>Part of this payment was applied to {number} by hand since; undo that allocation first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/reconcile.py" line="402" />
            <source>Applying</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/camt.py" line="163" />
            <source>{file}: {where}: the entry has no amount (Amt).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/camt.py" line="171" />
            <source>{file}: {where}: the entry has no booking or value date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/camt.py" line="272" />
            <source>{file}: not a camt.052, camt.053 or camt.054 file (root element {root}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/camt.py" line="277" />
            <source>{file}: the {format} file contains no {block} block.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/camt.py" line="83" />
            <source>{file}: {where}: "{value}" is not a valid {currency} amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/camt.py" line="71" />
            <source>{file}: {where}: "{value}" is not a date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/camt.py" line="77" />
            <source>{file}: {where}: unknown currency "{value}".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/cn_banks.py" line="260" />
            <source>{file}, row {row}: the amount {value} is not readable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/cn_banks.py" line="174" />
            <source>{file} is not a recognised Chinese bank export: the header row (row {row}) has no date and amount (or 收入/支出) columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/cn_banks.py" line="179" />
            <source>{file}: the bank (ICBC, CCB, CMB, ABC, BOC, BOCOM) cannot be recognised; use the generic CSV mapping.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/cn_banks.py" line="201" />
            <source>{file} has a header row but no transactions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/cn_banks.py" line="297" />
            <source>{file}, row {row}: the date {value} is not readable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/cn_banks.py" line="124" />
            <source>{file} is not a readable bank export: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/cn_banks.py" line="276" />
            <source>{file}, row {row}: the amount {value} has more decimals than {currency} allows (or is not a number).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/cn_banks.py" line="304" />
            <source>{file}, row {row}: the currency {value} is unknown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/cn_banks.py" line="310" />
            <source>{file}, row {row}: both the credit (收入) and the debit (支出) amount are empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/cn_banks.py" line="316" />
            <source>{file}, row {row}: the amount is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/cn_banks.py" line="324" />
            <source>{file}, row {row}: the debit/credit mark {value} is neither 借 (Dr) nor 贷 (Cr).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="65" />
            <source>Booking date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="69" />
            <source>Value date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="72" />
            <source>Credit (money in)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="76" />
            <source>Debit (money out)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="80" />
            <source>Amount (signed: money out negative)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="83" />
            <source>Debit/credit mark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="89" />
            <source>Counterparty name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="97" />
            <source>Counterparty account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="102" />
            <source>Remittance / purpose (one or more columns)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="108" />
            <source>Bank reference (serial number)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="113" />
            <source>Own account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="123" />
            <source>Amount (or credit and debit columns)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="124" />
            <source>Currency (a column or a fixed currency)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="183" />
            <source>{file}: ARDesk cannot tell which columns hold {fields}; the columns it could not map are: {columns}. Save a mapping for this layout ('statement mapping save NAME FILE …' or the import dialog) and import with --mapping NAME.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="258" />
            <source>The mapping has a signed amount column and credit/debit columns; choose one or the other.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="261" />
            <source>The mapping needs both a credit and a debit column (or one signed amount column).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="264" />
            <source>A debit/credit mark column applies only together with a signed amount column.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="694" />
            <source>Both the credit and the debit amount are empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="699" />
            <source>Both a credit ({credit}) and a debit ({debit}) amount are given; a line is one or the other.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="254" />
            <source>{file}: the mapping names column {column}, but the file has only {count} columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/generic.py" line="687" />
            <source>{value} is neither a debit nor a credit mark (S/H, D/C, DR/CR, 借/贷, -/+).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/mt940.py" line="35" />
            <source>{file}, line {line}: the field :{tag}: {text} is not readable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/mt940.py" line="36" />
            <source>{file}, line {line}: the transaction :61:{text} is not readable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/mt940.py" line="289" />
            <source>{file}, line {line}: statement {ref} has no account (:25:); the file may be truncated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/mt940.py" line="305" />
            <source>{file}, line {line}: statement {ref} has no opening balance (:60F:); the file may be truncated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/mt940.py" line="308" />
            <source>{file}, line {line}: interim report {ref} has no currency (:34F:).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/mt940.py" line="312" />
            <source>{file}, line {line}: the closing balance is in {closing}, the opening balance in {opening}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/mt940.py" line="339" />
            <source>{file} is too large for a statement file ({size} MB).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/mt940.py" line="342" />
            <source>{file} is not an MT940/MT942 statement (no :20: and :25: tags at the start).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/mt940.py" line="346" />
            <source>{file} contains no MT940/MT942 statement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/mt940.py" line="121" />
            <source>{file}, line {line}: the currency {code} is unknown or no longer in use.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/ofx.py" line="91" />
            <source>{file}: the OFX file contains a DTD or entity declaration, which is refused for safety.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/ofx.py" line="95" />
            <source>{file}: not an OFX file (no &lt;OFX&gt; element).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/ofx.py" line="100" />
            <source>{file}: the OFX file has too many tags ({count}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/ofx.py" line="138" />
            <source>{file}: the OFX file is truncated (the &lt;OFX&gt; element is never closed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/ofx.py" line="190" />
            <source>{file}: {where}: no currency (CURDEF) is given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/ofx.py" line="194" />
            <source>{file}: {where}: no amount (TRNAMT).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/ofx.py" line="198" />
            <source>{file}: {where}: no posting date (DTPOSTED).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/ofx.py" line="236" />
            <source>{file}: the file is larger than {limit} MB; it is not read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/ofx.py" line="243" />
            <source>{file}: the OFX file contains no bank or credit-card statement (STMTRS).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/ofx.py" line="177" />
            <source>{file}: {where}: "{value}" is not an amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/ofx.py" line="134" />
            <source>{file}: the OFX file is nested too deeply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/ofx.py" line="161" />
            <source>{file}: {where}: "{value}" is not an OFX date (YYYYMMDD…).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/store.py" line="101" />
            <source>{file}: not a bank statement ARDesk can read (camt.052/053/054, MT940/MT942, OFX or a Chinese bank's CSV/XLS/XLSX export).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/store.py" line="136" />
            <source>{file}: the file contains no statement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/store.py" line="110" />
            <source>{file}: the file cannot be read ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/store.py" line="118" />
            <source>A column mapping applies only to CSV/XLSX/XLS statements (format csv or auto), not to {format}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/store.py" line="275" />
            <source>Unknown line status {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/store.py" line="134" />
            <source>Unknown statement format {format}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/xmlsafe.py" line="41" />
            <source>{file}: the file is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/xmlsafe.py" line="80" />
            <source>{file}: the XML file contains {what}, which is refused for safety.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/xmlsafe.py" line="83" />
            <source>{file}: not a well-formed XML file ({reason}, line {line}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/xmlsafe.py" line="87" />
            <source>{file}: the XML file cannot be read ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/statements/xmlsafe.py" line="92" />
            <source>{file}: the XML file is truncated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/writeoffs.py" line="81" />
            <source>Give a reason for the write-off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/writeoffs.py" line="83" />
            <source>{number} is a credit note; only invoices can be written off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/writeoffs.py" line="86" />
            <source>{number} is cancelled; there is nothing to write off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/writeoffs.py" line="89" />
            <source>{number} is already written off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/writeoffs.py" line="91" />
            <source>Nothing is open on {number}; there is nothing to write off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/writeoffs.py" line="94" />
            <source>The write-off date {date} is before {number} was issued ({issue}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/writeoffs.py" line="99" />
            <source>The write-off date {date} is before the last payment or credit note applied to {number} ({last}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/writeoffs.py" line="120" />
            <source>Write-off {id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/writeoffs.py" line="123" />
            <source>Give a reason for the reversal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/writeoffs.py" line="127" />
            <source>This difference on {number} was booked with a bank reconciliation; undo that reconciliation instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/services/writeoffs.py" line="130" />
            <source>The write-off of {number} was already reversed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/backup.py" line="65" />
            <source>The database {path} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/backup.py" line="67" />
            <source>A backup cannot overwrite the database itself ({path}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/backup.py" line="102" />
            <source>The file {path} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/backup.py" line="104" />
            <source>{path} is not an ARDesk database or backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/backup.py" line="71" />
            <source>Cannot write the backup to {path}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/backup.py" line="78" />
            <source>The backup {path} failed its integrity check: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/backup.py" line="108" />
            <source>Cannot read {path}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/backup.py" line="112" />
            <source>{path} is damaged (integrity check: {detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/backup.py" line="120" />
            <source>{path} was made by a newer ARDesk; update ARDesk to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/backup.py" line="201" />
            <source>Cannot restore {path}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="162" />
            <source>Database error in {path}: {reason}; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="153" />
            <source>{path} is read-only; nothing was changed. Check the file's permissions or copy it to a writable folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="157" />
            <source>{path} is busy (locked by another program); nothing was changed. Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="160" />
            <source>Cannot write to {path} ({reason}); nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="210" />
            <source>Cannot create {path}: the folder is read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="109" />
            <source>{path} already exists; choose another name or open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="189" />
            <source>{path} is a folder, not a database file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="191" />
            <source>{path} cannot be read (permission denied).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="193" />
            <source>{path} is not an ARDesk database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="195" />
            <source>{path} is read-only. ARDesk needs to write to its database: change the file's permissions or copy it to a writable folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="199" />
            <source>The folder of {path} is read-only. ARDesk needs to write beside its database (journal and lock files).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="207" />
            <source>Cannot create {path}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="224" />
            <source>{path} cannot be opened as a database: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="237" />
            <source>{path} was saved by a newer version of ARDesk (schema {found}). Update ARDesk to open it; the file was left as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="242" />
            <source>{path} is damaged (integrity check: {detail}). Restore it from a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/db.py" line="270" />
            <source>Updating {path} failed ({reason}); it was left as it was. A backup is in {backup}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/location.py" line="85" />
            <source>{path} is on a network drive ({fs}). SQLite databases must not be shared over a network file system: the file can be damaged. Keep the database on this computer's own disk and use File → Backup… to share copies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/location.py" line="92" />
            <source>{path} is in a folder synchronised by {service}. The sync can copy the database while ARDesk writes to it and damage it or lose recent work. Keep the database outside synced folders and put backups there instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/lock.py" line="68" />
            <source>{db} is already open in another ARDesk window ({holder}). Close it there first, or open a different file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/storage/lock.py" line="51" />
            <source>Cannot create the lock file {path}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/dialogs/dunning_calendar.py" line="272" />
            <source>Could not read {file}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/ui/dialogs/settings_dialog.py" line="218" />
            <source>Could not save the settings: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
