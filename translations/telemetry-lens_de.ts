<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Application</name>
    <message>
        <source>Telemetry Lens: see what your developer tools collect and send, switch it off, and ask for the data to be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the embedded sample workstation (a writable copy; nothing of yours is read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat DIR as the filesystem root (a mounted image).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examine the account whose home is PATH (inside the root).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examine every account with a home folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (en, de, fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry Lens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tool(s) collecting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identifier(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>shadowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditional: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stored report(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent, %2 failed, %3 not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-wide data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that could not be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine: %1 · %2 · scanned root %3 · generated %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs in precedence order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored reports on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that could not be used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>a tool entry has no id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog lists no tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <source>%1 now leads to %2 instead of %3; it was left unchanged. Plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads to %2, outside %3; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was created, removed or replaced since the plan was made; it was left unchanged. Plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed since the plan was made; it was left unchanged. Plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; it was left unchanged. Make it writable if you want Telemetry Lens to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created: %2 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 could not be written to %2 (%3); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 could not be created (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 could not be given to its owner (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not read back as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a plain file at %2; it was left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2); it was left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has its previous content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by something else after %2, so it was not restored. Its previous content is kept in %3; copy it back by hand if you want it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: the file did not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 (%2) is missing or damaged, so it was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only now; make it writable and run undo again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be restored (%2); run undo again once that is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not read back as its previous content after restoring; check it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be removed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <source>interrupted while applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed since; left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change journal %1 could not be written (%2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change journal %1 is damaged and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No account of yours exists in %1/etc/passwd. Name the account with --home (for example --home /home/alice), or use audit --all-users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account was found to examine. Name it with --home PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another --output path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each tool&apos;s telemetry state for your account, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON (schema_version 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status takes no arguments, only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on the accounts of a machine and its machine-wide telemetry data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every account with a home directory (from /etc/passwd, else /home/*).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit with status 1 when any tool is collecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as --format json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit takes no arguments, only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one tool in detail: every input in precedence order, stored reports, identifiers, and what it would send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what was sent: the stored reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next report this machine would send, and what is still sent after opting out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name exactly one tool: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tool &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sent and --would-send exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on every account and the machine (text, JSON, CSV or HTML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one tool in detail: inputs, stored reports, what it would send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, send and record a request to delete a tool&apos;s telemetry data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List deletion requests and their deadlines; --retry sends queued ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: telemetry-lens [COMMAND] [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry Lens finds the telemetry settings and records of developer tools (Ray, Skyplane, MLflow, Rasa), explains each tool&apos;s real state, switches collection off, and drafts deletion requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a command, the dashboard window opens (--demo opens the embedded sample workstation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options every command takes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat DIR as the filesystem root (a mounted disk or container image).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examine the account whose home is PATH inside the root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the output (en, de, fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 something is enabled (with --fail-on-enabled) or a change or delivery failed, 2 usage error, 3 unreadable root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;telemetry-lens --help&quot; to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shadowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs, highest precedence first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed for this account (its settings still apply the day it is installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the documentation is wrong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored reports (what was sent): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would be sent next (built from this machine):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still sent after opting out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give --output a file name such as request.eml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered request %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 could not reach %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays queued; run &quot;telemetry-lens requests --retry&quot; later to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused request %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not sent again; check the endpoint and the message, then make a new request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deletion requests yet. Draft one with: telemetry-lens delete-request TOOL --all-ids --via print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEADLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) had no answer within the month the GDPR allows. Send a reminder, or complain to your data protection authority.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Draft a request to delete the telemetry data a tool collected, show its exact text, hand it on, and record it in the request ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identifier found on this machine to quote (repeat for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote every identifier of the tool found on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the request leaves: print (show the text), mailto (a link for your mail program), eml (a message file), issue (a prefilled issue link, for tools without an address), http (post to --endpoint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The https:// address of your organisation&apos;s privacy inbox (with --via http).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where --via eml writes the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail address for the answer; nothing else about you is included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask before handing the request on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --id ID (repeatable) or --all-ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose how the request leaves with --via %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no mail address for deletion requests; use --via issue (a prefilled issue link) or --via print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes deletion requests by mail (%2); use --via mailto, eml or print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--via http needs --endpoint URL, the https:// address of your privacy inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint is only used with --via http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--via eml needs --output FILE for the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output is only used with --via eml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address; give one like name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 %2 was found under %3, so there is nothing to quote in a deletion request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was not found on this machine; found: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as draft %1. Once you have sent it, run: telemetry-lens requests --mark-sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the mail link for this request and record it as sent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the issue link for this request and record it as sent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this message to %1 and record it as sent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this request to %1 now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent or recorded. Add --yes to skip the question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 failed (%2); trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1; open it with your mail program and send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as request %1; the answer is due by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the deletion requests with their reply deadlines, send the queued ones, and record answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the ledger as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every request still queued for an HTTP endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that you sent the printed draft ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that request ID was answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close request ID; it is no longer followed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note kept with --mark-answered or --mark-closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests takes no arguments, only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one of --mark-sent, --mark-answered and --mark-closed at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--note goes with --mark-answered or --mark-closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request is waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1: attempt %2 failed (%3); trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Treat DIR as the filesystem root for everything read and written (a mounted image).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examine the account whose home is PATH (a path inside the root).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the output (en, de, fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--root needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--home needs an absolute path inside the root, such as /home/alice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>telemetry-lens %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;telemetry-lens %1 --help&quot; to see its options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletionDraft</name>
    <message>
        <source>%1 names no channel for deletion requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one %1 to quote in the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address; give one like name@example.org, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deletes data by %2; a %3 cannot be quoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 found is not a plain identifier (it may contain a path or personal text) and is not quoted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to delete %1 telemetry data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent usage statistics (telemetry) from my installation. Under Article 17 of the GDPR, I ask you to erase all data you hold that is linked to the following identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent usage statistics (telemetry) from my installation. Under Article 17 of the GDPR, I ask you to erase all data you hold that is linked to the following identifiers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent usage telemetry from my installation. Please delete all telemetry data recorded under the following identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent usage telemetry from my installation. Please delete all telemetry data recorded under the following identifiers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 versions seen: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data recorded on %1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data recorded from %1 to %2 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please confirm the erasure, or tell me why it is not possible, within one month of receiving this request (Article 12(3) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please send your answer to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please confirm here when the data has been deleted. Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue will be public: anyone can read the identifiers it quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue will be public: anyone can read the identifiers and the contact address it quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New issue at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWorkstation</name>
    <message>
        <source>Could not create a temporary folder for the sample workstation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no embedded sample workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not unpack %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>%1 is not a regular file (a folder, FIFO or device), so it was not opened. %2 only ever writes a plain file there; remove whatever is in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes, far larger than any %3 record, so it was not read. Check what wrote it and remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link; it was not followed, because anyone can create links in a temporary folder. Remove the link if you did not make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read. Run the audit as a user who may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds binary data, not a JSON report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains bytes that are not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends in the middle of its JSON (cut short, perhaps by a full disk or a crash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (error near byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is nested more than %2 levels deep, which no real report is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object, so it is not a %2 report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no usage_stats object, so it is not a %2 report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was skipped and the other reports were read; delete it if %1 did not write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds values of an unexpected type for %2; those were ignored and the rest of the report is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link named like a %2 folder; it was not followed, because anyone can create links in a temporary folder. Remove it if you did not make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened. Run the audit as a user who may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder that can be listed; the Ray session reports in it were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no report stored (collection was off, or the cluster stopped before its first report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder that can be listed; the Skyplane event reports in it were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Skyplane report %1 holds a local file path in %2. Such a path may be personal (a user name, a project name), and Skyplane sends it with the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Skyplane reports hold a local file path in %1, for example %2. Such paths may be personal (a user name, a project name), and Skyplane sends them with the reports.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read as an INI file (%2). Skyplane fails the same way when it logs usage; delete the file and Skyplane writes a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 also holds cloud credentials (%2). Telemetry Lens never shows their values and keeps them when it changes the file; be careful when you share or back up this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists, but Skyplane never reads it: its documentation wrongly says the opt-out goes there. The setting that counts is [flags] usage_stats in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Skyplane client id %1 (in %2) is this machine&apos;s network (MAC) address %3: it is permanent, identifies the hardware, and is sent with every report. Skyplane&apos;s documentation calls it random.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLflow ignores such a file and writes a new installation id on its next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no valid installation_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLflow telemetry already ran for this account on %1 (%2). Deleting the file only resets the id; it does not switch telemetry off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLflow telemetry already ran for this account on %1 (MLflow %2, %3). Deleting the file only resets the id; it does not switch telemetry off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not hold a YAML map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as YAML (%2). Rasa reads such a file as empty and rewrites it on its next run with telemetry switched on and a new id: an opt-out in it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as YAML (%2); current Rasa releases ignore it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a very old Rasa release. Current releases ignore it and read %2 instead; it may still hold an old id, and you can delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: its folder is missing or is a link that leads elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftEncoder</name>
    <message>
        <source>The request is too long for a link (%1 characters, at most %2): select fewer identifiers, or use the printed text or an .eml file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no mail address for deletion requests; use its issue link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes deletion requests by mail, not as an issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue form address in the catalog is not a plain https link: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvBlockEditor</name>
    <message>
        <source>%1: the block Telemetry Lens manages opens twice (line %2) without closing; fix it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the block Telemetry Lens manages twice (second at line %2); remove one by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the block Telemetry Lens manages closes at line %2 without opening; fix it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the block Telemetry Lens manages opens at line %2 but never closes; fix it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value for %2 needs quoting, which Telemetry Lens does not write.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvReport</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set (value hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: in this session %2, in new terminals %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvSources</name>
    <message>
        <source>Read once, at its later place in the order (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the display managers of Debian and Ubuntu read ~/.profile; this system&apos;s does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bash reads only the first existing of ~/.bash_profile, ~/.bash_login and ~/.profile, which here is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 reads this file, but %2 logs in with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, far more than a start-up file needs, so its environment settings were not read. Check what wrote it, then shrink or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a directory, FIFO or device), so it was not read; the shell cannot use it either. Remove it or replace it with a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read, so its environment settings are unknown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains binary data, not text, so it was skipped; a shell cannot use it either. Check what wrote it and restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts with a byte order mark (BOM), which the shell reads as part of the first command, so the first line has no effect. Save the file as UTF-8 without BOM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; it was read as far as possible with the invalid bytes replaced. Save it as UTF-8 so that every setting is recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has Windows (CRLF) line endings. Its settings are shown without the carriage returns, but the shell keeps one at the end of each value, so a tool may not recognise a setting such as &quot;1&quot;. Convert the file with dos2unix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: a quote or bracket opened here is never closed, so the shell stops with a syntax error and settings from this line on do not apply. Close the quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 line %2 is not a KEY=VALUE assignment and is ignored (%n such line(s) in the file). Correct or remove it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 line %2 sources %3, which is already being read (a loop); it was read once. Remove the loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2 sources files more than %3 levels deep; %4 and what it sources were not read. Flatten the chain of source commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourced conditionally from %1 line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourced from %1 line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run by /etc/profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Grammar</name>
    <message>
        <source>%1 accepts exactly 1 or 0 here; any other value makes it raise an error at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts true, yes, 1, false, no or 0 here; any other value makes it raise an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal testing switch that forces telemetry on past every opt-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=true forces %2 telemetry on, whatever else is set. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the value true has an effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false and 0 do not disable telemetry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unusual value: recent %1 releases treat it as disabled, older ones may not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the unusual value &quot;%2&quot;; set it to true to be sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only honours DO_NOT_TRACK=true; this value is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DO_NOT_TRACK=%1 is ignored by %2, which only honours DO_NOT_TRACK=true. Set MLFLOW_DISABLE_TELEMETRY=true instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its mere presence switches %1 telemetry off (a CI or managed runtime is assumed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &quot;true&quot; enables; &quot;%1&quot; disables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Rasa Pro developer licence: telemetry is always on and nothing overrides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Rasa Pro developer licence is set in %1; with it Rasa always collects telemetry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Rasa Pro licence. With a developer licence telemetry is always on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IniDocument</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section [%1] appears twice; configparser refuses such a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text before the first [section] header; configparser refuses such a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a section header nor key = value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &quot;%1&quot; appears twice in section [%2]; configparser refuses such a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptOutPlanner</name>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link to %2, which does not exist; it was left alone. Create the file it points to, or remove the link, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: part of its path is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, FIFO or device); it was left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a loop of symbolic links; fix or remove the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be examined: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link to %2, outside %3. Telemetry Lens writes only inside %3, so it left both unchanged: change %2 by hand, or replace the link with a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Check it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set to %2 in %3 line %4, which depends on other variables, so Telemetry Lens cannot tell which file %5 reads. Set it to a plain path and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set to the relative path %2, so the file %3 reads depends on the folder it starts in. Set it to an absolute path and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login shells of every account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every login session of every account (read by PAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login shells and, on Debian and Ubuntu, the graphical session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bash login shells, which read it instead of ~/.profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every zsh, which does not read ~/.profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every fish shell, which does not read ~/.profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programs started by the systemd user session (the graphical desktop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tool &quot;%1&quot;; known tools: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scope system writes /etc/environment and /etc/profile.d/ and needs root: run it with sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no environment variable that switches it off, so it cannot be switched machine-wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry Lens knows no setting that switches %1 off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ray reads usage_stats from this file; the JSON boolean false switches its usage statistics off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ray reads usage_stats from this file; true switches its usage statistics on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ray reads this when a cluster starts: clusters already running keep reporting until they are restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skyplane reads [flags] usage_stats from this INI file; False switches its usage statistics off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skyplane reads [flags] usage_stats from this INI file; True switches its usage statistics on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rasa reads metrics.enabled from this file; the YAML boolean false switches its telemetry off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rasa reads metrics.enabled from this file; the YAML boolean true switches its telemetry on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads %2 from the environment; this file gives %2=%3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes %1 from the block Telemetry Lens manages, so %2 is no longer switched off here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs already running keep their old environment: open a new terminal or log in again for %1 to see %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays switched off by %2=%3 in %4 line %5, outside what Telemetry Lens manages: remove that line to switch it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither in the home folder nor in /etc; Telemetry Lens does not change it. Edit line %2 by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2 is inside the block Telemetry Lens manages; it is not an override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments out line %1, which sets %2 and overrides the opt-out (--fix-overrides); undo restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a variable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideFixer</name>
    <message>
        <source>%1 no longer exists, so line %2 could not be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no line %2 (it has %3); scan again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2 no longer sets %3; scan again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2 continues onto the next line; commenting it out would change what the next line does, so it was left unchanged. Edit it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Payloads</name>
    <message>
        <source>Each new cluster has a new session_id (its cluster id); the one shown is a made-up example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values Ray measures while the cluster runs (nodes, memory, GPUs, libraries used, its own counters in extra_usage_tags) are null here; Ray fills them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first report is sent about a minute after the cluster starts, then one every hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No installed Ray version was found, so ray_version is null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skyplane posts the report as a Loki log line: {&quot;streams&quot;: [{&quot;stream&quot;: {&quot;type&quot;: &quot;usage&quot; or &quot;error&quot;, &quot;environment&quot;: &quot;api&quot;}, &quot;values&quot;: [[&quot;&lt;time in ns&gt;&quot;, &quot;&lt;this report as JSON text&gt;&quot;]]}]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions, cloud providers, command arguments and transfer statistics come from the transfer itself and are null here; for a copy from or to this computer the region is the local path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event gets a new session_id: the date and time plus 8 random hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client id was found yet: Skyplane writes one (this machine&apos;s MAC address) on its first run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One example event; MLflow sends up to 500 of them per request, every 10 seconds. session_id and partition-key are new random values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>params is JSON text inside the JSON (a string), not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No installation id exists yet: MLflow creates one at its first run; the one shown is a made-up example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracking_uri_scheme depends on the tracking store your MLflow version uses by default; it is null here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project is the SHA-256 of the output of `git remote get-url origin` in the project folder (null outside a Git repository); directory is the SHA-256 of the folder Rasa runs in, here %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event-specific properties (for Training Started: counts of intents, entities and actions, the pipeline and policies) are sent next to metrics_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rasa_user_id exists yet: Rasa creates one at its next run; the one shown is a made-up example.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RasaConfigEditor</name>
    <message>
        <source>%1 is created with only the opt-out. No rasa_user_id or date is invented: Rasa keeps this file as it is, and has no id to send while telemetry is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid YAML (line %2: %3). Rasa reads such a file as empty and switches telemetry back on at its next run; it was left unchanged: fix it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 YAML documents; Rasa reads only a single one and would switch telemetry back on. It was left unchanged: keep one document and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold a map of settings, so Rasa would replace it; it was left unchanged. Fix or remove it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is written in YAML flow style ({...}); Telemetry Lens only edits block style. It was left unchanged: set metrics.enabled: %2 by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the key &quot;%2&quot; twice (line %3); Rasa cannot read such a file and would switch telemetry back on. It was left unchanged: remove the duplicate and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value of %2.enabled (line %3) is written in a form Telemetry Lens does not edit (several lines, a nested value or an unusual key). The file was left unchanged: set %2.enabled: %4 by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is written in YAML flow style ({...}); Telemetry Lens only edits block style. It was left unchanged: set %2.enabled: %3 by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: metrics (line %2) is not a map, so Rasa cannot read its opt-out and would rewrite the file with telemetry on. It was left unchanged: fix it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be changed safely (the result would not read back as intended); it was left unchanged. Set metrics.enabled: %2 by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayConfigEditor</name>
    <message>
        <source>%1 is nested more than %2 levels deep, so it was not read and was left unchanged. Check what wrote it, fix or remove it, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2). Ray would replace it with an empty file and lose its content, so it was left unchanged: fix or remove it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object (it holds a %2), so Ray ignores it and it was left unchanged: fix or remove it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written back as JSON (%2); it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Resolver</name>
    <message>
        <source>this session&apos;s environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsets %1 inside a condition or function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsets %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside a condition or function: it applies only when that code runs, which cannot be known without running the shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden later by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set but not exported: programs do not see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden later by %1=%2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unset again later, so it has no effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file belongs to a shell this account does not log in with, so it is not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets %2=%3, but this account does not log in with that shell, so %4 does not see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this session %1 is %2; in new terminals and sessions it will be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON: %1 treats the file as if it had no setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JSON object: %1 treats the file as if it had no setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid JSON object, so %2 ignores it, and %2 replaces it with {} the next time it saves a setting. Fix or remove the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no %1 value, so it does not decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts only the JSON booleans true or false here; %2 makes it raise an error at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable INI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds JSON, but %1 reads it as an INI file: every %1 command fails. (Its documentation wrongly shows JSON.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot read this file (%2): every %1 command fails until it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read by %2 (%3). Fix the file; Telemetry Lens will not rewrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no [%1] %2 key, so it does not decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed YAML: %1 reads it as empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is malformed (%2): %3 reads it as empty and rewrites it with telemetry switched on at its next run. Fix the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no settings; %1 writes a fresh one with telemetry on at its next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a YAML mapping: %2 reads it as empty and rewrites it with telemetry switched on at its next run. Fix the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 section: %2 writes one with telemetry on at its next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 section has no %2 key: %3 raises an error when it checks telemetry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a list or mapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted string, which %1 treats as true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the quoted string &quot;%2&quot; in %3, which %4 treats as true: telemetry stays on. Write the YAML boolean false, without quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null counts as false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In YAML 1.2 this is a string, not a boolean, and %1 treats any non-empty string as true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3 is a string in YAML 1.2, which %4 treats as true: telemetry stays on. Write false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file marks a managed runtime, where %1 does not collect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used: %1 decides first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collects by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ignores DO_NOT_TRACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting: nothing switches it off, and %1 collects by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misconfigured: %1 cannot read %2, so it fails to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misconfigured: %1 in %2 is a value %3 rejects, so %3 fails to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting because %1 in %2 is a quoted string, which %3 treats as true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting because %1 in %2 overrides %3 in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting because of %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off because %1 in %2 overrides %3 in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off because %1 exists, which marks a managed runtime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off because of %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RootFs</name>
    <message>
        <source>%1 could not be examined (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes, larger than the %3 bytes a setting or report can be; it was not read. Check whether something else wrote this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 grew beyond %2 bytes while it was read; it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link leads outside the scanned area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link that leads outside %2; it was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a directory, FIFO or device); it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a loop of symbolic links; fix or remove the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: permission denied. Run the audit as a user who may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link inside a scanned folder; it was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scanner</name>
    <message>
        <source>The root %1 does not exist. Give --root the folder where the image is mounted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root %1 is not a readable folder. Check the path and your permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Ray sessions in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Skyplane events in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkyplaneConfigEditor</name>
    <message>
        <source>%1 is not valid UTF-8 text, so Skyplane cannot read it; it was left unchanged. Fix the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read the way Skyplane reads it (%2); every skyplane command would fail on it, so it was left unchanged. Fix the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It looks like JSON, as Skyplane&apos;s documentation suggests; Skyplane reads this file as INI, so move the JSON away and let Telemetry Lens write [flags] usage_stats = False.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be changed safely (the result would not read back as intended); it was left unchanged. Set [flags] usage_stats = %2 by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>Collecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misconfigured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tlens::Banner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tlens::ChangeHistoryModel</name>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed since; left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (whole machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tlens::DeletionDialog</name>
    <message>
        <source>Copy the text — I send it myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in my mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as an e-mail file (.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a prefilled issue on the tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to my organisation&apos;s privacy endpoint (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy and record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open issue form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request deletion — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers to quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional — the only personal detail the message would contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail address for the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the request leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy endpoint address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no address for deletion requests; the request becomes a public issue on its tracker quoting the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deletes collected data when asked at %2 with the %3 values. Nothing leaves before you confirm, and the message names no user, host or path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identifiers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview of the exact message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 was found on this machine, so there is nothing to quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address; give one like name@example.org, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the https:// address of your organisation&apos;s privacy endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too long for a link; save it as an .eml file or copy it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the deletion request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail message (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program could open the link. Copy the text instead, or save it as an .eml file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tlens::DeletionRequest</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tlens::HistoryPage</name>
    <message>
        <source>&amp;Undo the most recent change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change the switches wrote, newest first. Each file was backed up before it was changed; undo puts back its exact previous bytes and removes files the change created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of the selected change set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the most recent change set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created by the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed by the change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tlens::IdentifiersModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it can reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tlens::InputsModel</name>
    <message>
        <source>won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shadowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tlens::JsonTreeModel</name>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document holds no JSON object or array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tlens::MainWindow</name>
    <message>
        <source>Scan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan again (F5). The window also rescans by itself when a tool writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn &amp;off all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off the telemetry of every collecting tool, after showing each change (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the files of the most recent change set (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the audit report as HTML, JSON or CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;mounted image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder where the image is mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deletion requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Telemetry Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Telemetry Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Telemetry Lens %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;See what your developer tools collect and send, switch it off, and ask for the data to be deleted.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: whose settings are examined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation: overview, tools, deletion requests, history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed; scanning again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last scan %1 · %2 s · %n file(s) read · watching %3 paths for changes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) examined</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deletion requests (%n overdue)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deletion requests (%n open)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another home…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users (admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounted image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home folder to examine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside %2; choose a folder inside the examined root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry Lens — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out what to change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out what to change to turn telemetry off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry of %1 was switched on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry of %1 was switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %n file(s) changed; a backup was kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no change to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last change could not be undone completely: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last change was undone: %n file(s) put back as they were.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page (*.html);;JSON (*.json);;CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit report was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request text is on the clipboard and recorded as a draft. Once you have sent it, choose &quot;Mark as sent&quot; to start the one-month answer period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is recorded as sent; the answer is due within one month.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tlens::OptOutDialog</name>
    <message>
        <source>Also &amp;comment out these lines (undo puts them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact changes of the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files that will change — select one to see exactly what is written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn telemetry on again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn telemetry off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n file(s) change.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>It would still collect afterwards (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: nothing to change, its files already say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It still collects because of a line elsewhere (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: left alone. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;code&gt;%1&lt;/code&gt; in %2 line %3 keeps %4 collecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setting outside the files Telemetry Lens manages takes precedence over the opt-out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry Lens changes such a line only if you ask it to: it comments the line out with a marker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These lines are commented out by this change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file needs to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file is backed up first; Undo (Ctrl+Z) puts the exact previous bytes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Turn on — write %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Turn off — write %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a link; the file written is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tlens::OverviewPage</name>
    <message>
        <source>&amp;Open tool page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turn off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools and their telemetry state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tool page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected tool&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off the selected tool&apos;s telemetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stored reports yet: the tools have not written any report on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing scanned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports sent per tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account with a home folder was found under %1. Choose another home or &quot;All users&quot; in Scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stored report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identifier(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read as expected (point here for details).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports sent per tool, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n report(s) without a time are not shown)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tlens::RayRules</name>
    <message>
        <source>RAY_USAGE_STATS_PROMPT_ENABLED=0 in %1 only hides %2&apos;s question; collection is still on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAY_USAGE_STATS_REPORT_URL in %1 sends %2&apos;s reports to %3 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAY_USAGE_STATS_EXTRA_TAGS in %1 adds these tags to every report: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tlens::ReportsModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tlens::RequestLedger</name>
    <message>
        <source>The SQLite driver for Qt is missing; install the package libqt6sql6-sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the request ledger; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the request ledger %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the request ledger %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer Telemetry Lens (schema %1); update the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request ledger %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the request in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a request id; give at least its first 4 characters as listed by telemetry-lens requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the request ledger %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request with id %1 in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The id %1 matches %n request(s); give more characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot update the request ledger %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is %2; that change does not apply to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 does not go over HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tlens::RequestSender</name>
    <message>
        <source>&quot;%1&quot; is not an absolute https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint %1 contains a user name or password; the ledger and the screen would show it. Use an address without credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint %1 uses plain http://, which anyone on the way can read and change. Use https:// (plain http:// is accepted only for this computer: localhost, 127.0.0.1, ::1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint %1 is not an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 vanished from the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered, but the ledger could not record it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint answered HTTP %1 and points to %2; configure that address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tlens::RequestsModel</name>
    <message>
        <source>printed / copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.eml file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privacy endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (overdue by %n day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tlens::RequestsPage</name>
    <message>
        <source>&amp;Retry sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion requests and their deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s exact message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a request that could not reach its endpoint again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sent the printed or copied message yourself: start the one-month answer period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop following this request up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1: attempt %2 failed (%3); trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 was delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 could not be delivered now (%2); it stays queued and is tried again when the window next opens, or with Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint refused request %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deletion request yet. Open a tool, check identifiers in its Identifiers tab and choose &quot;Request deletion&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for an answer or delivery</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue (no answer within the month the GDPR allows)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tlens::TimelineChart</name>
    <message>
        <source>Reports sent per tool over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tlens::TimelineModel</name>
    <message>
        <source>wk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tlens::ToolPage</name>
    <message>
        <source>Request &amp;deletion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request deletion of this tool&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would se&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs the tool reads, highest precedence first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file &amp;location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder of the selected input&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inputs the tool reads, highest precedence first. The bold one decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by session, version, contents, file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show reports with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request deletion of selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request deletion of the selected reports&apos; sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected report as a JSON tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected report as raw text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would be sent next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still sent after opting out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still sent after you opt out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers found for this tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request deletion of &amp;checked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose a deletion request for the checked identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files the tool reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content of the selected file, secrets masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file this tool reads for this account, as it is now. Secret values are shown as ********.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identifiers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no address for deletion requests; a request is a new issue on its tracker quoting the %2. Check the identifiers to quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion requests go to %1 and quote the %2. Check the identifiers to quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turn off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off %1&apos;s telemetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turn off (fix setting)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off %1&apos;s telemetry and fix the rejected setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turn on again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn %1&apos;s telemetry on again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed for this account; its settings still apply the day it is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the documentation is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built from this machine; %1 sends it to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built from this machine; sent to %1 if %2 collects again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tool reads no file for this account: only environment variables and defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist. The tool uses its defaults for what this file would set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a text file (%n byte(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is empty or could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tlens::ToolStatusModel</name>
    <message>
        <source>No warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Decided by %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
