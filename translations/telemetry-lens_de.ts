<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Application</name>
    <message>
        <source>Telemetry Lens: see what your developer tools collect and send, switch it off, and ask for the data to be deleted.</source>
        <translation>Telemetry Lens: Sehen Sie, was Ihre Entwicklerwerkzeuge erfassen und senden, schalten Sie es ab und verlangen Sie die Löschung der Daten.</translation>
    </message>
    <message>
        <source>Open the embedded sample workstation (a writable copy; nothing of yours is read).</source>
        <translation>Den eingebetteten Beispielrechner öffnen (eine beschreibbare Kopie; nichts von Ihren Daten wird gelesen).</translation>
    </message>
    <message>
        <source>Treat DIR as the filesystem root (a mounted image).</source>
        <translation>DIR als Wurzel des Dateisystems verwenden (ein eingehängtes Abbild).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Examine the account whose home is PATH (inside the root).</source>
        <translation>Das Konto untersuchen, dessen Home-Ordner PATH ist (innerhalb der Wurzel).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Examine every account with a home folder.</source>
        <translation>Jedes Konto mit einem Home-Ordner untersuchen.</translation>
    </message>
    <message>
        <source>Language (en, de, fr).</source>
        <translation>Sprache (en, de, fr).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Telemetry Lens</source>
        <translation>Telemetry Lens</translation>
    </message>
    <message>
        <source>Open VIEW once the first scan is shown: overview, requests, history, tool:USER:TOOL[:TAB], optout:USER:TOOL[:system], compose:USER:TOOL or disable-all.</source>
        <translation>ANSICHT öffnen, sobald der erste Scan angezeigt wird: overview, requests, history, tool:USER:TOOL[:TAB], optout:USER:TOOL[:system], compose:USER:TOOL oder disable-all.</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>ANSICHT</translation>
    </message>
    <message>
        <source>Save a picture of the window (with the dialog VIEW opens) to FILE once the first scan is shown, then quit.</source>
        <translation>Ein Bild des Fensters (mit dem Dialog, den ANSICHT öffnet) in DATEI speichern, sobald der erste Scan angezeigt wird, und dann beenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Open the window WxH pixels large.</source>
        <translation>Das Fenster BxH Pixel groß öffnen.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Use a plain light or dark palette instead of the desktop&apos;s.</source>
        <translation>Eine schlichte helle oder dunkle Palette statt der des Desktops verwenden.</translation>
    </message>
    <message>
        <source>Quit once the first scan is shown.</source>
        <translation>Beenden, sobald der erste Scan angezeigt wird.</translation>
    </message>
    <message>
        <source>Print the time to the first painted window and to the first scan on screen, and the peak memory, on standard error.</source>
        <translation>Die Zeit bis zum ersten gezeichneten Fenster und bis zum ersten angezeigten Scan sowie den Spitzenspeicher auf der Standardfehlerausgabe ausgeben.</translation>
    </message>
</context>
<context>
    <name>AuditDrift</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 started collecting for %2, decided by %3.</source>
        <translation>%1 erfasst jetzt Daten für %2, entschieden durch %3.</translation>
    </message>
    <message>
        <source>%1 stopped collecting for %2 (%3), decided by %4.</source>
        <translation>%1 erfasst keine Daten mehr für %2 (%3), entschieden durch %4.</translation>
    </message>
    <message>
        <source>%1 for %2 went from %3 to %4, decided by %5.</source>
        <translation>%1 für %2 ging von %3 zu %4, entschieden durch %5.</translation>
    </message>
    <message>
        <source>%1 for %2 is still %3, but now decided by %4 instead of %5.</source>
        <translation>%1 für %2 ist weiterhin %3, aber jetzt entschieden durch %4 statt %5.</translation>
    </message>
    <message>
        <source>%1 has a new identifier for %2: %3.</source>
        <translation>%1 hat eine neue Kennung für %2: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 stored %n new report(s) for %2.</source>
        <translation>
            <numerusform>%1 hat %n neuen Bericht für %2 gespeichert.</numerusform>
            <numerusform>%1 hat %n neue Berichte für %2 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1 was not in the previous report.</source>
        <translation>Das Konto %1 war nicht im vorigen Bericht.</translation>
    </message>
    <message>
        <source>%1 is new for %2 and collects, decided by %3.</source>
        <translation>%1 ist neu für %2 und erfasst Daten, entschieden durch %3.</translation>
    </message>
    <message>
        <source>%1 is new for %2 (%3).</source>
        <translation>%1 ist neu für %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is gone for %2.</source>
        <translation>%1 ist für %2 nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Account %1 is gone.</source>
        <translation>Das Konto %1 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Nothing changed since %1.</source>
        <translation>Seit %1 hat sich nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since %1:</source>
        <translation>
            <numerusform>%n Änderung seit %1:</numerusform>
            <numerusform>%n Änderungen seit %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>unbestätigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tool(s) collecting</source>
        <translation>
            <numerusform>Erfassung bei %1 von %n Werkzeug</numerusform>
            <numerusform>Erfassung bei %1 von %n Werkzeugen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n Bericht</numerusform>
            <numerusform>%n Berichte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identifier(s)</source>
        <translation>
            <numerusform>%n Kennung</numerusform>
            <numerusform>%n Kennungen</numerusform>
        </translation>
    </message>
    <message>
        <source>shadowed: %1</source>
        <translation>verdeckt: %1</translation>
    </message>
    <message>
        <source>invalid: %1 (%2)</source>
        <translation>ungültig: %1 (%2)</translation>
    </message>
    <message>
        <source>conditional: %1 (%2)</source>
        <translation>bedingt: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n stored report(s) in %1</source>
        <translation>
            <numerusform>%n gespeicherter Bericht in %1</numerusform>
            <numerusform>%n gespeicherte Berichte in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent, %2 failed, %3 not confirmed</source>
        <translation>%1 gesendet, %2 fehlgeschlagen, %3 unbestätigt</translation>
    </message>
    <message>
        <source>Machine-wide data:</source>
        <translation>Rechnerweite Daten:</translation>
    </message>
    <message>
        <source>Files that could not be used:</source>
        <translation>Dateien, die nicht verwendet werden konnten:</translation>
    </message>
    <message>
        <source>Telemetry audit</source>
        <translation>Telemetrie-Prüfung</translation>
    </message>
    <message>
        <source>Machine: %1 · %2 · scanned root %3 · generated %4</source>
        <translation>Rechner: %1 · %2 · untersuchte Wurzel %3 · erstellt %4</translation>
    </message>
    <message>
        <source>unknown host</source>
        <translation>unbekannter Rechner</translation>
    </message>
    <message>
        <source>unknown system</source>
        <translation>unbekanntes System</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <source>Inputs in precedence order</source>
        <translation>Eingaben nach Vorrang</translation>
    </message>
    <message>
        <source>Stored reports on this machine</source>
        <translation>Gespeicherte Berichte auf diesem Rechner</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Files that could not be used</source>
        <translation>Dateien, die nicht verwendet werden konnten</translation>
    </message>
</context>
<context>
    <name>AuditSnapshot</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 is not JSON, so it is not an audit report. Make one with: telemetry-lens audit --all-users --format json --output FILE</source>
        <translation>%1 ist kein JSON und damit kein Prüfbericht. Erstellen Sie einen mit: telemetry-lens audit --all-users --format json --output FILE</translation>
    </message>
    <message>
        <source>%1 is not a Telemetry Lens audit report (it has no schema_version and users). Make one with: telemetry-lens audit --all-users --format json --output FILE</source>
        <translation>%1 ist kein Prüfbericht von Telemetry Lens (schema_version und users fehlen). Erstellen Sie einen mit: telemetry-lens audit --all-users --format json --output FILE</translation>
    </message>
    <message>
        <source>%1 is an audit report of schema version %2; this version of Telemetry Lens reads version 1. Audit the machine again with this version.</source>
        <translation>%1 ist ein Prüfbericht der Schemaversion %2; diese Version von Telemetry Lens liest Version 1. Prüfen Sie den Rechner mit dieser Version erneut.</translation>
    </message>
    <message>
        <source>%1 is not a Telemetry Lens audit report: an account has no list of tools.</source>
        <translation>%1 ist kein Prüfbericht von Telemetry Lens: Einem Konto fehlt die Liste der Werkzeuge.</translation>
    </message>
    <message>
        <source>%1 is not a Telemetry Lens audit report: a tool of account %2 has no id or no known state.</source>
        <translation>%1 ist kein Prüfbericht von Telemetry Lens: Ein Werkzeug des Kontos %2 hat keine ID oder keinen bekannten Zustand.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; it is not an audit report of one machine.</source>
        <translation>%1 ist größer als %2 MB; das ist kein Prüfbericht eines einzelnen Rechners.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>a tool entry has no id or name</source>
        <translation>ein Werkzeugeintrag hat keine ID oder keinen Namen</translation>
    </message>
    <message>
        <source>the catalog lists no tools</source>
        <translation>der Katalog enthält keine Werkzeuge</translation>
    </message>
    <message>
        <source>Ray collects by default. An interactive `ray start` asks once and saves the answer; a non-interactive start collects without asking.</source>
        <translation>Ray erfasst standardmäßig. Ein interaktives `ray start` fragt einmal und speichert die Antwort; ein nicht interaktiver Start erfasst ohne Nachfrage.</translation>
    </message>
    <message>
        <source>A local cluster started by ray.init() never reports; this is not a setting.</source>
        <translation>Ein lokaler Cluster, der mit ray.init() gestartet wird, sendet nie Berichte; das ist keine Einstellung.</translation>
    </message>
    <message>
        <source>Flag of ray start --head, ray up, ray submit --start and ray exec --start: one run only, never saved.</source>
        <translation>Schalter von ray start --head, ray up, ray submit --start und ray exec --start: gilt nur für einen Lauf und wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Only hides the first-run prompt; collection is not disabled.</source>
        <translation>Blendet nur die Nachfrage beim ersten Start aus; die Erfassung wird nicht deaktiviert.</translation>
    </message>
    <message>
        <source>Sends the reports to another address.</source>
        <translation>Sendet die Berichte an eine andere Adresse.</translation>
    </message>
    <message>
        <source>Adds k=v;k2=v2 tags to every report.</source>
        <translation>Fügt jedem Bericht die Tags k=v;k2=v2 hinzu.</translation>
    </message>
    <message>
        <source>Overrides the report&apos;s source field.</source>
        <translation>Überschreibt das Feld source des Berichts.</translation>
    </message>
    <message>
        <source>Moves the session folders (and their reports).</source>
        <translation>Verschiebt die Sitzungsordner (samt ihren Berichten).</translation>
    </message>
    <message>
        <source>Links every report of one cluster; in new releases it is the cluster id, not a random value.</source>
        <translation>Verknüpft alle Berichte eines Clusters; in neuen Versionen ist es die Cluster-ID, kein Zufallswert.</translation>
    </message>
    <message>
        <source>about 60 s after a cluster starts, then every hour</source>
        <translation>etwa 60 s nach dem Start eines Clusters, danach stündlich</translation>
    </message>
    <message>
        <source>Each cluster not started by ray.init() still sends one report with only schema_version, source and collect_timestamp_ms set and every other field null.</source>
        <translation>Jeder Cluster, der nicht mit ray.init() gestartet wurde, sendet weiterhin einen Bericht, in dem nur schema_version, source und collect_timestamp_ms gesetzt und alle anderen Felder null sind.</translation>
    </message>
    <message>
        <source>The documentation says `ray disable-usage-stats` writes {&quot;usage_stats&quot;: true}; it writes false.</source>
        <translation>Laut Dokumentation schreibt `ray disable-usage-stats` {&quot;usage_stats&quot;: true}; tatsächlich schreibt es false.</translation>
    </message>
    <message>
        <source>The documentation calls session_id a random UUID; new releases use the cluster id.</source>
        <translation>Die Dokumentation nennt session_id eine zufällige UUID; neue Versionen verwenden die Cluster-ID.</translation>
    </message>
    <message>
        <source>The documentation implies nothing is sent after opting out; one minimal report per cluster still is.</source>
        <translation>Die Dokumentation legt nahe, dass nach dem Abschalten nichts mehr gesendet wird; ein minimaler Bericht pro Cluster wird dennoch gesendet.</translation>
    </message>
    <message>
        <source>Skyplane collects by default and reports this as &quot;enabled explicitly&quot;.</source>
        <translation>Skyplane erfasst standardmäßig und meldet dies als „explizit aktiviert“.</translation>
    </message>
    <message>
        <source>Skyplane loads this file when it is imported: a value it cannot parse breaks every command, whatever the environment says.</source>
        <translation>Skyplane lädt diese Datei beim Importieren: Ein Wert, den es nicht verarbeiten kann, lässt jeden Befehl scheitern, unabhängig von der Umgebung.</translation>
    </message>
    <message>
        <source>Twenty zeros followed by this machine&apos;s network (MAC) address: permanent, and identifies the hardware.</source>
        <translation>Zwanzig Nullen, gefolgt von der Netzwerkadresse (MAC) dieses Rechners: dauerhaft und identifiziert die Hardware.</translation>
    </message>
    <message>
        <source>The date and time of one transfer.</source>
        <translation>Datum und Uhrzeit einer Übertragung.</translation>
    </message>
    <message>
        <source>after every transfer or error; plain HTTP to a raw IP address</source>
        <translation>nach jeder Übertragung oder jedem Fehler; unverschlüsseltes HTTP an eine nackte IP-Adresse</translation>
    </message>
    <message>
        <source>Nothing, once the opt-out is read: Skyplane checks it before every report.</source>
        <translation>Nichts, sobald die Abschaltung gelesen wurde: Skyplane prüft sie vor jedem Bericht.</translation>
    </message>
    <message>
        <source>The documentation says the opt-out writes {&quot;usage_stats&quot;: false} to ~/.skyplane/config.json; Skyplane ignores that file, and JSON in ~/.skyplane/config makes every skyplane command crash. The setting is the INI key [flags] usage_stats.</source>
        <translation>Laut Dokumentation schreibt die Abschaltung {&quot;usage_stats&quot;: false} nach ~/.skyplane/config.json; Skyplane ignoriert diese Datei, und JSON in ~/.skyplane/config lässt jeden skyplane-Befehl abstürzen. Die Einstellung ist der INI-Schlüssel [flags] usage_stats.</translation>
    </message>
    <message>
        <source>The documentation calls the client id random and short-lived; it is the machine&apos;s MAC address and permanent.</source>
        <translation>Die Dokumentation nennt die Client-ID zufällig und kurzlebig; sie ist die MAC-Adresse des Rechners und dauerhaft.</translation>
    </message>
    <message>
        <source>MLflow collects by default; only environment variables switch it off.</source>
        <translation>MLflow erfasst standardmäßig; nur Umgebungsvariablen schalten es ab.</translation>
    </message>
    <message>
        <source>Moves telemetry.json.</source>
        <translation>Verschiebt telemetry.json.</translation>
    </message>
    <message>
        <source>A random id kept in telemetry.json that links every event from this account since telemetry first ran.</source>
        <translation>Eine zufällige ID in telemetry.json, die jedes Ereignis dieses Kontos seit dem ersten Lauf der Telemetrie verknüpft.</translation>
    </message>
    <message>
        <source>batches of up to 500 events every 10 s; the address comes from https://config.mlflow-telemetry.io</source>
        <translation>Stapel von bis zu 500 Ereignissen alle 10 s; die Adresse stammt von https://config.mlflow-telemetry.io</translation>
    </message>
    <message>
        <source>Nothing from processes that see the variable. Programs started before the change, or from an environment that does not read your shell files (cron, systemd services, IDEs started otherwise), still send.</source>
        <translation>Nichts von Prozessen, die die Variable sehen. Programme, die vor der Änderung gestartet wurden oder aus einer Umgebung stammen, die Ihre Shell-Dateien nicht liest (cron, systemd-Dienste, anders gestartete IDEs), senden weiterhin.</translation>
    </message>
    <message>
        <source>MLflow does not honour DO_NOT_TRACK=1, the usual convention: only DO_NOT_TRACK=true.</source>
        <translation>MLflow beachtet DO_NOT_TRACK=1, die übliche Konvention, nicht: nur DO_NOT_TRACK=true.</translation>
    </message>
    <message>
        <source>There is no configuration file opt-out: deleting telemetry.json only resets the installation id.</source>
        <translation>Es gibt keine Abschaltung per Konfigurationsdatei: Das Löschen von telemetry.json setzt nur die Installations-ID zurück.</translation>
    </message>
    <message>
        <source>Rasa collects by default; its next command-line run writes ~/.config/rasa/global.yml with enabled: true and a new id.</source>
        <translation>Rasa erfasst standardmäßig; sein nächster Befehlszeilenaufruf schreibt ~/.config/rasa/global.yml mit enabled: true und einer neuen ID.</translation>
    </message>
    <message>
        <source>true makes Rasa print the events instead of sending them.</source>
        <translation>true lässt Rasa die Ereignisse ausgeben, statt sie zu senden.</translation>
    </message>
    <message>
        <source>A random id in global.yml sent with every event (as userId and metrics_id); links all your Rasa projects.</source>
        <translation>Eine zufällige ID in global.yml, die mit jedem Ereignis gesendet wird (als userId und metrics_id); verknüpft alle Ihre Rasa-Projekte.</translation>
    </message>
    <message>
        <source>one request per event (training, running, testing, ...)</source>
        <translation>eine Anfrage pro Ereignis (Training, Ausführen, Testen, …)</translation>
    </message>
    <message>
        <source>Nothing when the file is written directly. `rasa telemetry disable` itself sends one &quot;Telemetry Disabled&quot; event before it writes the file.</source>
        <translation>Nichts, wenn die Datei direkt geschrieben wird. `rasa telemetry disable` selbst sendet ein Ereignis „Telemetry Disabled“, bevor es die Datei schreibt.</translation>
    </message>
    <message>
        <source>The telemetry documentation names no deletion channel; Rasa&apos;s data processing terms name the data protection officer, dpo@rasa.com.</source>
        <translation>Die Telemetrie-Dokumentation nennt keinen Weg zur Löschung; Rasas Bedingungen zur Datenverarbeitung nennen den Datenschutzbeauftragten, dpo@rasa.com.</translation>
    </message>
    <message>
        <source>A quoted &quot;false&quot; (or no, off) in global.yml is a string, which Rasa treats as true: telemetry stays on.</source>
        <translation>Ein in Anführungszeichen gesetztes &quot;false&quot; (oder no, off) in global.yml ist eine Zeichenkette, die Rasa als true wertet: Die Telemetrie bleibt an.</translation>
    </message>
    <message>
        <source>MLflow keeps no copy of what it sends.</source>
        <translation>MLflow behält keine Kopie dessen, was es sendet.</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>grammar %1 says neither a rule nor what other values do</source>
        <translation>die Grammatik %1 nennt weder eine Regel noch, was andere Werte bewirken</translation>
    </message>
    <message>
        <source>tool %1 names the unknown grammar %2</source>
        <translation>das Werkzeug %1 nennt die unbekannte Grammatik %2</translation>
    </message>
    <message>
        <source>the tool %1 is listed twice</source>
        <translation>das Werkzeug %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>BentoML sends usage events by default, from its commands and from every model server.</source>
        <translation>BentoML sendet standardmäßig Nutzungsereignisse, aus seinen Befehlen und aus jedem Modellserver.</translation>
    </message>
    <message>
        <source>Global flag of the bentoml command: one run only.</source>
        <translation>Globaler Schalter des Befehls bentoml: gilt nur für einen Aufruf.</translation>
    </message>
    <message>
        <source>Moves client_id and .yatai.yaml.</source>
        <translation>Verschiebt client_id und .yatai.yaml.</translation>
    </message>
    <message>
        <source>true logs the events instead of sending them; the state stays as decided.</source>
        <translation>true protokolliert die Ereignisse, statt sie zu senden; der Zustand bleibt wie entschieden.</translation>
    </message>
    <message>
        <source>A random id in $BENTOML_HOME/client_id sent with every event.</source>
        <translation>Eine zufällige Kennung in $BENTOML_HOME/client_id, die mit jedem Ereignis gesendet wird.</translation>
    </message>
    <message>
        <source>A uuid1: it embeds this machine&apos;s network (MAC) address and the time, in every event.</source>
        <translation>Eine uuid1: Sie enthält die Netzwerkadresse (MAC) dieses Rechners und die Uhrzeit, in jedem Ereignis.</translation>
    </message>
    <message>
        <source>Your BentoCloud login e-mail, sent with every event while you are logged in.</source>
        <translation>Ihre BentoCloud-Anmelde-E-Mail, die mit jedem Ereignis gesendet wird, solange Sie angemeldet sind.</translation>
    </message>
    <message>
        <source>after each command, when a server starts, then every 12 hours while it runs</source>
        <translation>nach jedem Befehl, beim Start eines Servers und dann alle 12 Stunden, solange er läuft</translation>
    </message>
    <message>
        <source>Nothing from processes that see BENTOML_DO_NOT_TRACK=true; programs started before the change keep sending.</source>
        <translation>Nichts aus Prozessen, die BENTOML_DO_NOT_TRACK=true sehen; vor der Änderung gestartete Programme senden weiter.</translation>
    </message>
    <message>
        <source>Only BENTOML_DO_NOT_TRACK=true (any case) stops programs that use BentoML as a library; 1 and yes work only for the bentoml command.</source>
        <translation>Nur BENTOML_DO_NOT_TRACK=true (in jeder Schreibweise) stoppt Programme, die BentoML als Bibliothek nutzen; 1 und yes wirken nur für den Befehl bentoml.</translation>
    </message>
    <message>
        <source>BentoCloud logins (API tokens: secrets, never shown); the current one&apos;s e-mail is sent with every event.</source>
        <translation>BentoCloud-Anmeldungen (API-Tokens: Geheimnisse, werden nie angezeigt); die E-Mail der aktuellen wird mit jedem Ereignis gesendet.</translation>
    </message>
    <message>
        <source>The bentoml command reads the same variable with click&apos;s spellings (1, yes, on also switch it off), unverified.</source>
        <translation>Der Befehl bentoml liest dieselbe Variable mit den Schreibweisen von click (1, yes, on schalten auch ab), nicht überprüft.</translation>
    </message>
    <message>
        <source>Chroma 1.5.2 and older send product telemetry by default; from 1.5.3 on there is none.</source>
        <translation>Chroma 1.5.2 und älter senden standardmäßig Produkttelemetrie; ab 1.5.3 gibt es keine.</translation>
    </message>
    <message>
        <source>A value passed in code beats the variable and .env (1.5.2 and older).</source>
        <translation>Ein im Code übergebener Wert hat Vorrang vor der Variable und .env (1.5.2 und älter).</translation>
    </message>
    <message>
        <source>Chroma reads a .env file in the folder it starts in; this is the one of your home folder.</source>
        <translation>Chroma liest eine .env-Datei im Ordner, in dem es startet; dies ist die Ihres Home-Ordners.</translation>
    </message>
    <message>
        <source>A random id old Chroma releases kept in ~/.cache/chroma/telemetry_user_id and sent with every event.</source>
        <translation>Eine zufällige Kennung, die alte Chroma-Versionen in ~/.cache/chroma/telemetry_user_id ablegten und mit jedem Ereignis sendeten.</translation>
    </message>
    <message>
        <source>1.5.2 and older: on client start and collection operations (PostHog&apos;s default host, unverified)</source>
        <translation>1.5.2 und älter: beim Start des Clients und bei Operationen auf Sammlungen (der Standard-Host von PostHog, nicht überprüft)</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Nichts.</translation>
    </message>
    <message>
        <source>Left by a release older than 1.5.3; usable in a deletion request.</source>
        <translation>Von einer Version vor 1.5.3 hinterlassen; in einer Löschanfrage verwendbar.</translation>
    </message>
    <message>
        <source>Old releases do not collect while pytest is loaded.</source>
        <translation>Alte Versionen sammeln nicht, solange pytest geladen ist.</translation>
    </message>
    <message>
        <source>Harmless for 1.5.3 and later, which collect nothing.</source>
        <translation>Unschädlich für 1.5.3 und neuer, die nichts sammeln.</translation>
    </message>
    <message>
        <source>Chroma 1.5.3 made product telemetry a no-op; ANONYMIZED_TELEMETRY still exists but has no effect.</source>
        <translation>Chroma 1.5.3 hat die Produkttelemetrie wirkungslos gemacht; ANONYMIZED_TELEMETRY gibt es noch, es wirkt aber nicht.</translation>
    </message>
    <message>
        <source>DVC sends an analytics report after every command by default; inside a repository its .dvc/config and .dvc/config.local can decide otherwise.</source>
        <translation>DVC sendet standardmäßig nach jedem Befehl einen Analysebericht; in einem Repository können dessen .dvc/config und .dvc/config.local anders entscheiden.</translation>
    </message>
    <message>
        <source>A test hook of DVC.</source>
        <translation>Ein Test-Schalter von DVC.</translation>
    </message>
    <message>
        <source>DVC validates this file for every command: a value other than true or false breaks them all.</source>
        <translation>DVC prüft diese Datei bei jedem Befehl: Ein anderer Wert als true oder false lässt alle scheitern.</translation>
    </message>
    <message>
        <source>When set, DVC does not start the daemon that sends the report: a side effect, not an opt-out.</source>
        <translation>Wenn gesetzt, startet DVC den Hintergrundprozess nicht, der den Bericht sendet: eine Nebenwirkung, keine Abschaltung.</translation>
    </message>
    <message>
        <source>Has no effect on DVC, which does not use that part of iterative-telemetry.</source>
        <translation>Wirkt nicht auf DVC, das diesen Teil von iterative-telemetry nicht nutzt.</translation>
    </message>
    <message>
        <source>A random id kept in ~/.config/iterative/telemetry and sent with every report; in CI it is derived from the CI user&apos;s name, login and id (or the last committer&apos;s e-mail).</source>
        <translation>Eine zufällige Kennung in ~/.config/iterative/telemetry, die mit jedem Bericht gesendet wird; in CI wird sie aus Name, Login und Kennung des CI-Benutzers abgeleitet (oder aus der E-Mail des letzten Committers).</translation>
    </message>
    <message>
        <source>after every dvc command, from a detached background process</source>
        <translation>nach jedem dvc-Befehl, aus einem abgelösten Hintergrundprozess</translation>
    </message>
    <message>
        <source>Nothing from commands that see the opt-out. Storing do-not-track as the id only blanks user_id: DVC still sends the report.</source>
        <translation>Nichts aus Befehlen, die die Abschaltung sehen. do-not-track als Kennung zu speichern, leert nur user_id: DVC sendet den Bericht trotzdem.</translation>
    </message>
    <message>
        <source>ITERATIVE_DO_NOT_TRACK is documented by iterative-telemetry, but DVC does not honour it.</source>
        <translation>ITERATIVE_DO_NOT_TRACK ist von iterative-telemetry dokumentiert, aber DVC beachtet es nicht.</translation>
    </message>
    <message>
        <source>Storing do-not-track as the user id does not stop DVC&apos;s reports; they are sent with user_id null.</source>
        <translation>do-not-track als Benutzerkennung zu speichern, stoppt die Berichte von DVC nicht; sie werden mit user_id null gesendet.</translation>
    </message>
    <message>
        <source>The id of older DVC releases; read once and moved to ~/.config/iterative/telemetry.</source>
        <translation>Die Kennung älterer DVC-Versionen; wird einmal gelesen und nach ~/.config/iterative/telemetry verschoben.</translation>
    </message>
    <message>
        <source>Inside a repository, .dvc/config and then .dvc/config.local beat the global file: analytics = true there shadows a global false.</source>
        <translation>In einem Repository haben .dvc/config und dann .dvc/config.local Vorrang vor der globalen Datei: analytics = true dort überdeckt ein globales false.</translation>
    </message>
    <message>
        <source>Inside a DVC repository its .dvc/config and .dvc/config.local decide, and they beat your global file.</source>
        <translation>In einem DVC-Repository entscheiden dessen .dvc/config und .dvc/config.local, und sie haben Vorrang vor Ihrer globalen Datei.</translation>
    </message>
    <message>
        <source>CI is not an opt-out; there the id is derived from the CI user&apos;s identity.</source>
        <translation>CI ist keine Abschaltung; dort wird die Kennung aus der Identität des CI-Benutzers abgeleitet.</translation>
    </message>
    <message>
        <source>A repository&apos;s .dvc/config or .dvc/config.local with analytics = true does not matter once DVC_NO_ANALYTICS is set.</source>
        <translation>Die .dvc/config oder .dvc/config.local eines Repositorys mit analytics = true spielt keine Rolle mehr, sobald DVC_NO_ANALYTICS gesetzt ist.</translation>
    </message>
    <message>
        <source>Evidently&apos;s UI service (evidently ui) sends an event per API call by default.</source>
        <translation>Der UI-Dienst von Evidently (evidently ui) sendet standardmäßig ein Ereignis pro API-Aufruf.</translation>
    </message>
    <message>
        <source>Dead code in Evidently 0.7: setting it has no effect.</source>
        <translation>Toter Code in Evidently 0.7: Das Setzen wirkt nicht.</translation>
    </message>
    <message>
        <source>A random id in ~/.config/evidentlyai/telemetry sent with every event; in CI it is derived from the CI user&apos;s identity.</source>
        <translation>Eine zufällige Kennung in ~/.config/evidentlyai/telemetry, die mit jedem Ereignis gesendet wird; in CI wird sie aus der Identität des CI-Benutzers abgeleitet.</translation>
    </message>
    <message>
        <source>per UI API call (list_projects, list_reports, ...); plain HTTP to a raw IP address, from a python -c process that shows the payload in the process list</source>
        <translation>pro API-Aufruf der UI (list_projects, list_reports, ...); unverschlüsseltes HTTP an eine nackte IP-Adresse, aus einem python-c-Prozess, der die Nutzdaten in der Prozessliste zeigt</translation>
    </message>
    <message>
        <source>Nothing from UI services that see DO_NOT_TRACK.</source>
        <translation>Nichts aus UI-Diensten, die DO_NOT_TRACK sehen.</translation>
    </message>
    <message>
        <source>EVIDENTLY_DISABLE_TELEMETRY is still defined but read nowhere in 0.7; only DO_NOT_TRACK (any value, even empty) works.</source>
        <translation>EVIDENTLY_DISABLE_TELEMETRY ist noch definiert, wird in 0.7 aber nirgends gelesen; nur DO_NOT_TRACK (jeder Wert, auch leer) wirkt.</translation>
    </message>
    <message>
        <source>A user_id that is not a string makes every UI event fail; do-not-track as the value switches it off.</source>
        <translation>Eine user_id, die keine Zeichenkette ist, lässt jedes UI-Ereignis scheitern; do-not-track als Wert schaltet ab.</translation>
    </message>
    <message>
        <source>Only the UI service (evidently ui) sends; the telemetry setting of its configuration can switch it off too (how it is loaded is unverified).</source>
        <translation>Nur der UI-Dienst (evidently ui) sendet; die Telemetrie-Einstellung seiner Konfiguration kann ihn auch abschalten (wie sie geladen wird, ist nicht überprüft).</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK=1 switches off every tool that honours it, not only Evidently.</source>
        <translation>DO_NOT_TRACK=1 schaltet jedes Werkzeug ab, das es beachtet, nicht nur Evidently.</translation>
    </message>
    <message>
        <source>Feast 0.35 and older send usage data by default; 0.36 and 0.37 only with FEAST_USAGE=True and an endpoint; 0.38 and later have none.</source>
        <translation>Feast 0.35 und älter senden standardmäßig Nutzungsdaten; 0.36 und 0.37 nur mit FEAST_USAGE=True und einem Endpunkt; 0.38 und neuer haben keine.</translation>
    </message>
    <message>
        <source>Replaces the id in ~/.feast/usage (0.35 and older).</source>
        <translation>Ersetzt die Kennung in ~/.feast/usage (0.35 und älter).</translation>
    </message>
    <message>
        <source>0.36 and 0.37 send only when this is set too.</source>
        <translation>0.36 und 0.37 senden nur, wenn auch dies gesetzt ist.</translation>
    </message>
    <message>
        <source>A random id old Feast releases kept in ~/.feast/usage; the file&apos;s date is when Feast was first used.</source>
        <translation>Eine zufällige Kennung, die alte Feast-Versionen in ~/.feast/usage ablegten; das Datum der Datei ist die erste Nutzung von Feast.</translation>
    </message>
    <message>
        <source>0.35 and older: on Feast commands and SDK calls</source>
        <translation>0.35 und älter: bei Feast-Befehlen und SDK-Aufrufen</translation>
    </message>
    <message>
        <source>Left by a release older than 0.38; usable in a deletion request.</source>
        <translation>Von einer Version vor 0.38 hinterlassen; in einer Löschanfrage verwendbar.</translation>
    </message>
    <message>
        <source>Harmless for 0.38 and later, which collect nothing.</source>
        <translation>Unschädlich für 0.38 und neuer, die nichts sammeln.</translation>
    </message>
    <message>
        <source>Feast removed usage tracking in 0.38.0.</source>
        <translation>Feast hat die Nutzungserfassung in 0.38.0 entfernt.</translation>
    </message>
    <message>
        <source>Gradio sends analytics by default: every gr.Blocks, gr.Interface or gr.ChatInterface reports itself and checks for a new version.</source>
        <translation>Gradio sendet standardmäßig Analysedaten: Jedes gr.Blocks, gr.Interface oder gr.ChatInterface meldet sich und sucht nach einer neuen Version.</translation>
    </message>
    <message>
        <source>The analytics_enabled argument of gr.Blocks, gr.Interface and gr.ChatInterface, when not None, beats the environment variable.</source>
        <translation>Das Argument analytics_enabled von gr.Blocks, gr.Interface und gr.ChatInterface hat, wenn es nicht None ist, Vorrang vor der Umgebungsvariable.</translation>
    </message>
    <message>
        <source>Blocks Gradio&apos;s analytics requests, but not its version check on api.gradio.app.</source>
        <translation>Blockiert Gradios Analyseanfragen, aber nicht seine Versionsprüfung bei api.gradio.app.</translation>
    </message>
    <message>
        <source>on every Blocks construction and launch, with the event data in the user-agent</source>
        <translation>bei jedem Aufbau und Start eines Blocks, mit den Ereignisdaten im User-Agent</translation>
    </message>
    <message>
        <source>version check on every Blocks construction while analytics are on</source>
        <translation>Versionsprüfung bei jedem Aufbau eines Blocks, solange die Analyse an ist</translation>
    </message>
    <message>
        <source>gradio_client.Client ignores GRADIO_ANALYTICS_ENABLED: it keeps reporting the Space or URL it calls unless huggingface_hub&apos;s telemetry is off too (HF_HUB_DISABLE_TELEMETRY=1).</source>
        <translation>gradio_client.Client ignoriert GRADIO_ANALYTICS_ENABLED: Er meldet weiter den aufgerufenen Space oder die URL, solange nicht auch die Telemetrie von huggingface_hub aus ist (HF_HUB_DISABLE_TELEMETRY=1).</translation>
    </message>
    <message>
        <source>gradio_client&apos;s docstring says analytics_enabled=None follows GRADIO_ANALYTICS_ENABLED; the parameter defaults to True, so the variable has no effect on gradio_client.Client.</source>
        <translation>Der Docstring von gradio_client sagt, analytics_enabled=None folge GRADIO_ANALYTICS_ENABLED; der Parameter ist standardmäßig True, daher wirkt die Variable nicht auf gradio_client.Client.</translation>
    </message>
    <message>
        <source>Hugging Face&apos;s documentation says DO_NOT_TRACK covers gradio; Gradio&apos;s own analytics ignore it.</source>
        <translation>Die Dokumentation von Hugging Face sagt, DO_NOT_TRACK gelte auch für gradio; Gradios eigene Analyse ignoriert es.</translation>
    </message>
    <message>
        <source>gradio_client.Client reports through huggingface_hub and follows its switches (HF_HUB_DISABLE_TELEMETRY, DO_NOT_TRACK, HF_HUB_OFFLINE), not GRADIO_ANALYTICS_ENABLED.</source>
        <translation>gradio_client.Client meldet über huggingface_hub und folgt dessen Schaltern (HF_HUB_DISABLE_TELEMETRY, DO_NOT_TRACK, HF_HUB_OFFLINE), nicht GRADIO_ANALYTICS_ENABLED.</translation>
    </message>
    <message>
        <source>GRADIO_ANALYTICS_ENABLED=False switches off gr.Blocks; HF_HUB_DISABLE_TELEMETRY=1 is needed for gradio_client as well.</source>
        <translation>GRADIO_ANALYTICS_ENABLED=False schaltet gr.Blocks ab; für gradio_client ist zusätzlich HF_HUB_DISABLE_TELEMETRY=1 nötig.</translation>
    </message>
    <message>
        <source>Great Expectations sends analytics by default, when a data context starts and on other actions; a project&apos;s great_expectations.yml can decide otherwise inside that project.</source>
        <translation>Great Expectations sendet standardmäßig Analysedaten, wenn ein Datenkontext startet und bei anderen Aktionen; die great_expectations.yml eines Projekts kann in diesem Projekt anders entscheiden.</translation>
    </message>
    <message>
        <source>Read when great_expectations is imported: a value pydantic rejects (an empty one too) makes the import fail.</source>
        <translation>Wird beim Import von great_expectations gelesen: Ein Wert, den pydantic ablehnt (auch ein leerer), lässt den Import scheitern.</translation>
    </message>
    <message>
        <source>Read only by Great Expectations 0.x; ignored by 1.x.</source>
        <translation>Wird nur von Great Expectations 0.x gelesen; 1.x ignoriert es.</translation>
    </message>
    <message>
        <source>Sends the analytics to another PostHog host.</source>
        <translation>Sendet die Analysedaten an einen anderen PostHog-Host.</translation>
    </message>
    <message>
        <source>A random id in ~/.great_expectations/great_expectations.conf, created at every data context start even while analytics are off, and sent with every event.</source>
        <translation>Eine zufällige Kennung in ~/.great_expectations/great_expectations.conf, bei jedem Start eines Datenkontexts angelegt, auch bei ausgeschalteter Analyse, und mit jedem Ereignis gesendet.</translation>
    </message>
    <message>
        <source>The id of a project&apos;s data context, sent with every event from that project.</source>
        <translation>Die Kennung des Datenkontexts eines Projekts, mit jedem Ereignis aus diesem Projekt gesendet.</translation>
    </message>
    <message>
        <source>when a data context starts and on other actions</source>
        <translation>wenn ein Datenkontext startet und bei anderen Aktionen</translation>
    </message>
    <message>
        <source>Nothing is sent, but the oss_id file is still written at every data context start. Inside a project whose great_expectations.yml says analytics_enabled: true, analytics stay on: that key beats the variable.</source>
        <translation>Es wird nichts gesendet, aber die oss_id-Datei wird bei jedem Start eines Datenkontexts weiter geschrieben. In einem Projekt, dessen great_expectations.yml analytics_enabled: true sagt, bleibt die Analyse an: Dieser Schlüssel hat Vorrang vor der Variable.</translation>
    </message>
    <message>
        <source>The 1.x documentation still tells users to set GE_USAGE_STATS=FALSE or [anonymous_usage_statistics] enabled=FALSE; 1.x reads neither.</source>
        <translation>Die Dokumentation von 1.x sagt noch, GE_USAGE_STATS=FALSE oder [anonymous_usage_statistics] enabled=FALSE zu setzen; 1.x liest keins von beiden.</translation>
    </message>
    <message>
        <source>The 1.x documentation says GX_ANALYTICS_ENABLED also works for file contexts; it does not say that analytics_enabled in great_expectations.yml wins over it.</source>
        <translation>Die Dokumentation von 1.x sagt, GX_ANALYTICS_ENABLED wirke auch für Datei-Kontexte; sie sagt nicht, dass analytics_enabled in great_expectations.yml Vorrang davor hat.</translation>
    </message>
    <message>
        <source>Rewritten without its comments by every data context start; an oss_id that is not a UUID makes Great Expectations fail.</source>
        <translation>Wird bei jedem Start eines Datenkontexts ohne seine Kommentare neu geschrieben; eine oss_id, die keine UUID ist, lässt Great Expectations scheitern.</translation>
    </message>
    <message>
        <source>analytics_enabled in a project&apos;s gx/great_expectations.yml beats the variable inside that project.</source>
        <translation>analytics_enabled in der gx/great_expectations.yml eines Projekts hat in diesem Projekt Vorrang vor der Variable.</translation>
    </message>
    <message>
        <source>Inside a project, analytics_enabled in gx/great_expectations.yml decides first.</source>
        <translation>In einem Projekt entscheidet zuerst analytics_enabled in gx/great_expectations.yml.</translation>
    </message>
    <message>
        <source>A project&apos;s great_expectations.yml with analytics_enabled: true still switches analytics on inside that project.</source>
        <translation>Die great_expectations.yml eines Projekts mit analytics_enabled: true schaltet die Analyse in diesem Projekt trotzdem ein.</translation>
    </message>
    <message>
        <source>Haystack sends telemetry by default; it reads its variable once, at import.</source>
        <translation>Haystack sendet standardmäßig Telemetrie; es liest seine Variable einmal, beim Import.</translation>
    </message>
    <message>
        <source>A random id in ~/.haystack/config.yaml sent with every event; it links all your pipelines.</source>
        <translation>Eine zufällige Kennung in ~/.haystack/config.yaml, die mit jedem Ereignis gesendet wird; sie verknüpft alle Ihre Pipelines.</translation>
    </message>
    <message>
        <source>at most once a minute per running pipeline, and for tutorials</source>
        <translation>höchstens einmal pro Minute je laufender Pipeline, und für Tutorials</translation>
    </message>
    <message>
        <source>Nothing: with telemetry off Haystack does not create its client.</source>
        <translation>Nichts: Bei ausgeschalteter Telemetrie legt Haystack seinen Client gar nicht an.</translation>
    </message>
    <message>
        <source>Written on the first import while telemetry is on.</source>
        <translation>Wird beim ersten Import geschrieben, solange die Telemetrie an ist.</translation>
    </message>
    <message>
        <source>The variable is read once, at import: programs already running keep sending.</source>
        <translation>Die Variable wird einmal gelesen, beim Import: Bereits laufende Programme senden weiter.</translation>
    </message>
    <message>
        <source>huggingface_hub sends telemetry by default when transformers, datasets, diffusers or gradio_client ask it to; it reads its variables once, at import.</source>
        <translation>huggingface_hub sendet standardmäßig Telemetrie, wenn transformers, datasets, diffusers oder gradio_client es darum bitten; es liest seine Variablen einmal, beim Import.</translation>
    </message>
    <message>
        <source>Offline mode also blocks every other Hub request (downloads, API calls).</source>
        <translation>Der Offline-Modus blockiert auch jede andere Hub-Anfrage (Downloads, API-Aufrufe).</translation>
    </message>
    <message>
        <source>An undocumented legacy alias, still honoured.</source>
        <translation>Ein undokumentierter alter Alias, der noch beachtet wird.</translation>
    </message>
    <message>
        <source>Moves the Hub&apos;s cache, token and stamp files.</source>
        <translation>Verschiebt Cache, Token und Stempeldateien des Hubs.</translation>
    </message>
    <message>
        <source>Sends telemetry and every Hub request to another server.</source>
        <translation>Sendet Telemetrie und jede Hub-Anfrage an einen anderen Server.</translation>
    </message>
    <message>
        <source>1, on, yes or true stops the hf command&apos;s daily version check on pypi.org; it is not telemetry.</source>
        <translation>1, on, yes oder true beendet die tägliche Versionsprüfung des Befehls hf bei pypi.org; das ist keine Telemetrie.</translation>
    </message>
    <message>
        <source>Added as origin/&lt;value&gt; to the user-agent of every Hub request.</source>
        <translation>Wird als origin/&lt;Wert&gt; an den User-Agent jeder Hub-Anfrage angehängt.</translation>
    </message>
    <message>
        <source>when a library that uses huggingface_hub reports an event; the data travels in the user-agent header</source>
        <translation>wenn eine Bibliothek, die huggingface_hub nutzt, ein Ereignis meldet; die Daten stehen im User-Agent-Header</translation>
    </message>
    <message>
        <source>at most once a day while telemetry is on, to recognise AI coding agents from environment variables</source>
        <translation>höchstens einmal am Tag, solange die Telemetrie an ist, um KI-Programmierassistenten an Umgebungsvariablen zu erkennen</translation>
    </message>
    <message>
        <source>Every Hub request (downloads, API calls) still carries a user-agent naming the library, huggingface_hub and Python versions; only the torch version and the detected AI agent are left out.</source>
        <translation>Jede Hub-Anfrage (Downloads, API-Aufrufe) trägt weiter einen User-Agent mit den Versionen der Bibliothek, von huggingface_hub und Python; nur die torch-Version und der erkannte KI-Assistent entfallen.</translation>
    </message>
    <message>
        <source>The documentation says to set HF_HUB_DISABLE_TELEMETRY=1; yes, on and true (any case) work too.</source>
        <translation>Die Dokumentation sagt, HF_HUB_DISABLE_TELEMETRY=1 zu setzen; yes, on und true (in jeder Schreibweise) wirken auch.</translation>
    </message>
    <message>
        <source>The documentation says DO_NOT_TRACK disables telemetry in the Hugging Face ecosystem including gradio; gradio&apos;s own analytics do not read DO_NOT_TRACK.</source>
        <translation>Die Dokumentation sagt, DO_NOT_TRACK schalte die Telemetrie im Hugging-Face-Ökosystem einschließlich gradio ab; Gradios eigene Analyse liest DO_NOT_TRACK nicht.</translation>
    </message>
    <message>
        <source>The list of AI agents it downloads while telemetry is on.</source>
        <translation>Die Liste der KI-Assistenten, die es lädt, solange die Telemetrie an ist.</translation>
    </message>
    <message>
        <source>Stamp of the hf command&apos;s daily update check.</source>
        <translation>Stempel der täglichen Update-Prüfung des Befehls hf.</translation>
    </message>
    <message>
        <source>Your Hub access token: a secret, never shown.</source>
        <translation>Ihr Hub-Zugangstoken: ein Geheimnis, wird nie angezeigt.</translation>
    </message>
    <message>
        <source>While telemetry is on, the user-agent of every Hub request also names the torch version and a detected AI coding agent.</source>
        <translation>Solange die Telemetrie an ist, nennt der User-Agent jeder Hub-Anfrage auch die torch-Version und einen erkannten KI-Programmierassistenten.</translation>
    </message>
    <message>
        <source>kedro-telemetry, installed with Kedro, counts as consent when nothing says otherwise: kedro commands send events by default.</source>
        <translation>kedro-telemetry, mit Kedro installiert, zählt als Zustimmung, wenn nichts anderes gesagt ist: kedro-Befehle senden standardmäßig Ereignisse.</translation>
    </message>
    <message>
        <source>Sends the events to another Heap project.</source>
        <translation>Sendet die Ereignisse an ein anderes Heap-Projekt.</translation>
    </message>
    <message>
        <source>A random id in ~/.config/kedro/telemetry.toml sent as username with every event.</source>
        <translation>Eine zufällige Kennung in ~/.config/kedro/telemetry.toml, als username mit jedem Ereignis gesendet.</translation>
    </message>
    <message>
        <source>A random id kedro-telemetry writes into a project&apos;s pyproject.toml; sent hashed with the package name.</source>
        <translation>Eine zufällige Kennung, die kedro-telemetry in die pyproject.toml eines Projekts schreibt; zusammen mit dem Paketnamen gehasht gesendet.</translation>
    </message>
    <message>
        <source>on every kedro command, and project statistics</source>
        <translation>bei jedem kedro-Befehl, und Projektstatistiken</translation>
    </message>
    <message>
        <source>Nothing from commands that see the variable.</source>
        <translation>Nichts aus Befehlen, die die Variable sehen.</translation>
    </message>
    <message>
        <source>The log line says to create .telemetry in the current working directory; kedro reads it from the project root, which differs when you run from a subfolder.</source>
        <translation>Die Logzeile sagt, .telemetry im aktuellen Arbeitsordner anzulegen; kedro liest sie aus dem Projektstamm, was bei einem Aufruf aus einem Unterordner abweicht.</translation>
    </message>
    <message>
        <source>The README says the variables may be set to any value; an empty value does not work.</source>
        <translation>Die README sagt, die Variablen dürften auf jeden Wert gesetzt werden; ein leerer Wert wirkt nicht.</translation>
    </message>
    <message>
        <source>Inside a project, .telemetry with consent: false (a YAML boolean) switches it off; a quoted &apos;false&apos; or a missing key counts as consent, and malformed YAML makes every kedro command in that project fail.</source>
        <translation>In einem Projekt schaltet .telemetry mit consent: false (ein YAML-Wahrheitswert) ab; ein &apos;false&apos; in Anführungszeichen oder ein fehlender Schlüssel zählt als Zustimmung, und fehlerhaftes YAML lässt jeden kedro-Befehl in diesem Projekt scheitern.</translation>
    </message>
    <message>
        <source>Inside a Kedro project, its .telemetry decides when no variable is set.</source>
        <translation>In einem Kedro-Projekt entscheidet dessen .telemetry, wenn keine Variable gesetzt ist.</translation>
    </message>
    <message>
        <source>CI is only reported (is_ci_env), not an opt-out.</source>
        <translation>CI wird nur gemeldet (is_ci_env), ist keine Abschaltung.</translation>
    </message>
    <message>
        <source>Per project, .telemetry must hold consent: false as a YAML boolean: a quoted &apos;false&apos; or any other content counts as consent and switches it back on.</source>
        <translation>Pro Projekt muss .telemetry consent: false als YAML-Wahrheitswert enthalten: Ein &apos;false&apos; in Anführungszeichen oder jeder andere Inhalt zählt als Zustimmung und schaltet wieder ein.</translation>
    </message>
    <message>
        <source>In CI (any of the listed variables present) MLflow does not collect.</source>
        <translation>In CI (wenn eine der aufgeführten Variablen gesetzt ist) sammelt MLflow nicht.</translation>
    </message>
    <message>
        <source>Prefect&apos;s SDK sends onboarding events by default, only in interactive terminals; its server also sends a heartbeat every 10 minutes.</source>
        <translation>Das SDK von Prefect sendet standardmäßig Einführungsereignisse, nur in interaktiven Terminals; sein Server sendet außerdem alle 10 Minuten ein Lebenszeichen.</translation>
    </message>
    <message>
        <source>Switches the server heartbeat and the web UI&apos;s events; the SDK also asks the server before sending.</source>
        <translation>Schaltet das Lebenszeichen des Servers und die Ereignisse der Web-UI; das SDK fragt vor dem Senden auch den Server.</translation>
    </message>
    <message>
        <source>With a server address the SDK asks that server whether analytics are on; any error counts as off.</source>
        <translation>Mit einer Serveradresse fragt das SDK diesen Server, ob die Analyse an ist; jeder Fehler zählt als aus.</translation>
    </message>
    <message>
        <source>Moves profiles.toml, the local database and .sdk_telemetry.</source>
        <translation>Verschiebt profiles.toml, die lokale Datenbank und .sdk_telemetry.</translation>
    </message>
    <message>
        <source>A random id in $PREFECT_HOME/.sdk_telemetry/device_id sent with every SDK event; it is written even with DO_NOT_TRACK or in CI.</source>
        <translation>Eine zufällige Kennung in $PREFECT_HOME/.sdk_telemetry/device_id, mit jedem SDK-Ereignis gesendet; sie wird auch mit DO_NOT_TRACK oder in CI geschrieben.</translation>
    </message>
    <message>
        <source>A random id stored in the server&apos;s database (TELEMETRY_SESSION), sent with every heartbeat.</source>
        <translation>Eine zufällige Kennung in der Datenbank des Servers (TELEMETRY_SESSION), mit jedem Lebenszeichen gesendet.</translation>
    </message>
    <message>
        <source>SDK milestones (first import, flow, run, deployment, schedule) in interactive terminals</source>
        <translation>SDK-Meilensteine (erster Import, Flow, Lauf, Deployment, Zeitplan) in interaktiven Terminals</translation>
    </message>
    <message>
        <source>every 10 minutes from a running Prefect server, also the ephemeral one</source>
        <translation>alle 10 Minuten von einem laufenden Prefect-Server, auch dem kurzlebigen</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK stops the SDK&apos;s events but not the server heartbeat; PREFECT_SERVER_ANALYTICS_ENABLED=false stops that one. device_id and milestones.json are still written.</source>
        <translation>DO_NOT_TRACK stoppt die Ereignisse des SDK, aber nicht das Lebenszeichen des Servers; das stoppt PREFECT_SERVER_ANALYTICS_ENABLED=false. device_id und milestones.json werden weiter geschrieben.</translation>
    </message>
    <message>
        <source>The first-run notice does not say that DO_NOT_TRACK still leaves device_id and milestones.json on disk, or that DO_NOT_TRACK=on is ignored.</source>
        <translation>Der Hinweis beim ersten Start sagt nicht, dass DO_NOT_TRACK device_id und milestones.json auf der Platte lässt, und nicht, dass DO_NOT_TRACK=on ignoriert wird.</translation>
    </message>
    <message>
        <source>Which onboarding events were reached.</source>
        <translation>Welche Einführungsereignisse erreicht wurden.</translation>
    </message>
    <message>
        <source>The local server&apos;s database; it holds the heartbeat&apos;s session id.</source>
        <translation>Die Datenbank des lokalen Servers; sie enthält die Sitzungskennung des Lebenszeichens.</translation>
    </message>
    <message>
        <source>The server heartbeat follows PREFECT_SERVER_ANALYTICS_ENABLED (environment, .env, prefect.toml, pyproject.toml, then the active profile in profiles.toml), not DO_NOT_TRACK.</source>
        <translation>Das Lebenszeichen des Servers folgt PREFECT_SERVER_ANALYTICS_ENABLED (Umgebung, .env, prefect.toml, pyproject.toml, dann das aktive Profil in profiles.toml), nicht DO_NOT_TRACK.</translation>
    </message>
    <message>
        <source>The SDK sends only when standard output or error is a terminal.</source>
        <translation>Das SDK sendet nur, wenn die Standardausgabe oder -fehlerausgabe ein Terminal ist.</translation>
    </message>
    <message>
        <source>In CI (any of the listed variables non-empty) the SDK does not send.</source>
        <translation>In CI (wenn eine der aufgeführten Variablen nicht leer ist) sendet das SDK nicht.</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK=1 switches off every tool that honours it, not only Prefect.</source>
        <translation>DO_NOT_TRACK=1 schaltet jedes Werkzeug ab, das es beachtet, nicht nur Prefect.</translation>
    </message>
    <message>
        <source>Semgrep&apos;s default, auto, sends metrics when the rules come from its registry (--config auto, p/..., r/...) or when you are logged in.</source>
        <translation>Semgreps Standard, auto, sendet Metriken, wenn die Regeln aus seiner Registry stammen (--config auto, p/..., r/...) oder wenn Sie angemeldet sind.</translation>
    </message>
    <message>
        <source>--metrics auto|on|off beats the variable for one run.</source>
        <translation>--metrics auto|on|off hat für einen Aufruf Vorrang vor der Variable.</translation>
    </message>
    <message>
        <source>Counts as logged in: auto then sends metrics even with local rules.</source>
        <translation>Zählt als angemeldet: auto sendet dann Metriken auch mit lokalen Regeln.</translation>
    </message>
    <message>
        <source>Moves settings.yml (anonymous_user_id and the API token).</source>
        <translation>Verschiebt settings.yml (anonymous_user_id und das API-Token).</translation>
    </message>
    <message>
        <source>Sends the metrics to another address.</source>
        <translation>Sendet die Metriken an eine andere Adresse.</translation>
    </message>
    <message>
        <source>Random while logged out; after semgrep login it is derived from your API token, so it links every machine of your account.</source>
        <translation>Zufällig, solange Sie abgemeldet sind; nach semgrep login wird sie aus Ihrem API-Token abgeleitet und verknüpft so jeden Rechner Ihres Kontos.</translation>
    </message>
    <message>
        <source>after each scan with registry rules, or any scan while logged in</source>
        <translation>nach jedem Scan mit Regeln aus der Registry oder nach jedem Scan, solange Sie angemeldet sind</translation>
    </message>
    <message>
        <source>Nothing from scans that see SEMGREP_SEND_METRICS=off.</source>
        <translation>Nichts aus Scans, die SEMGREP_SEND_METRICS=off sehen.</translation>
    </message>
    <message>
        <source>The help says the variable takes auto, on or off; the Python front end also accepts 0, 1, true and false, the OCaml scan front end does not.</source>
        <translation>Die Hilfe sagt, die Variable nehme auto, on oder off; das Python-Frontend akzeptiert auch 0, 1, true und false, das OCaml-Scan-Frontend nicht.</translation>
    </message>
    <message>
        <source>Also holds your API token after semgrep login (a secret, never shown).</source>
        <translation>Enthält nach semgrep login auch Ihr API-Token (ein Geheimnis, wird nie angezeigt).</translation>
    </message>
    <message>
        <source>Logged in (settings.yml holds a token, or SEMGREP_APP_TOKEN is set), auto sends metrics for every scan, with an id derived from the token.</source>
        <translation>Angemeldet (settings.yml enthält ein Token oder SEMGREP_APP_TOKEN ist gesetzt) sendet auto bei jedem Scan Metriken, mit einer aus dem Token abgeleiteten Kennung.</translation>
    </message>
    <message>
        <source>CI is reported (the raw value of CI), not an opt-out.</source>
        <translation>CI wird gemeldet (der rohe Wert von CI), ist aber keine Abschaltung.</translation>
    </message>
    <message>
        <source>Streamlit gathers usage statistics by default: the browser of everyone who opens your app sends them.</source>
        <translation>Streamlit sammelt standardmäßig Nutzungsstatistiken: Der Browser jeder Person, die Ihre App öffnet, sendet sie.</translation>
    </message>
    <message>
        <source>The flag of streamlit run beats the variables and every config.toml for one run.</source>
        <translation>Der Schalter von streamlit run hat für einen Aufruf Vorrang vor den Variablen und jeder config.toml.</translation>
    </message>
    <message>
        <source>Read only by streamlit run, streamlit hello and streamlit config show, not by apps started from Python.</source>
        <translation>Wird nur von streamlit run, streamlit hello und streamlit config show gelesen, nicht von Apps, die aus Python gestartet werden.</translation>
    </message>
    <message>
        <source>click&apos;s automatic name for the flag of streamlit run.</source>
        <translation>Der automatische Name von click für den Schalter von streamlit run.</translation>
    </message>
    <message>
        <source>Also the working folder&apos;s .streamlit/config.toml for a streamlit run from the home folder.</source>
        <translation>Auch die .streamlit/config.toml des Arbeitsordners, bei einem streamlit run aus dem Home-Ordner.</translation>
    </message>
    <message>
        <source>A random id kept in ~/.streamlit/machine_id_v4, created only while statistics are on, sent by the browser with every event.</source>
        <translation>Eine zufällige Kennung in ~/.streamlit/machine_id_v4, nur angelegt, solange Statistiken an sind, vom Browser mit jedem Ereignis gesendet.</translation>
    </message>
    <message>
        <source>Derived from /etc/machine-id (else the MAC address): the same on every run of this machine; not stored.</source>
        <translation>Abgeleitet aus /etc/machine-id (sonst aus der MAC-Adresse): bei jedem Lauf dieses Rechners gleich; wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>The e-mail you typed at Streamlit&apos;s first-run prompt; it was sent once to Segment.</source>
        <translation>Die E-Mail, die Sie bei Streamlits Abfrage beim ersten Start eingegeben haben; sie wurde einmal an Segment gesendet.</translation>
    </message>
    <message>
        <source>in each viewer&apos;s browser, to learn where to send the events (the collector is configured remotely)</source>
        <translation>im Browser jeder Person, die die App ansieht, um zu erfahren, wohin die Ereignisse gehen (der Empfänger wird aus der Ferne festgelegt)</translation>
    </message>
    <message>
        <source>once, with the e-mail typed at the first-run prompt</source>
        <translation>einmal, mit der beim ersten Start eingegebenen E-Mail</translation>
    </message>
    <message>
        <source>Nothing from apps that read the setting; an app&apos;s own or its working folder&apos;s .streamlit/config.toml with true, or the flag or variable, still switches statistics on for that app.</source>
        <translation>Nichts aus Apps, die die Einstellung lesen; eine eigene .streamlit/config.toml der App oder ihres Arbeitsordners mit true, oder der Schalter oder die Variable, schaltet die Statistiken für diese App trotzdem ein.</translation>
    </message>
    <message>
        <source>The command-line banner says to set browser.gatherUsageStats to false; it does not say that the environment variable works only under streamlit run and streamlit hello.</source>
        <translation>Das Banner der Kommandozeile sagt, browser.gatherUsageStats auf false zu setzen; es sagt nicht, dass die Umgebungsvariable nur unter streamlit run und streamlit hello wirkt.</translation>
    </message>
    <message>
        <source>Written after the first interactive streamlit run; streamlit activate reset deletes it.</source>
        <translation>Wird nach dem ersten interaktiven streamlit run geschrieben; streamlit activate reset löscht sie.</translation>
    </message>
    <message>
        <source>A script folder&apos;s or working folder&apos;s .streamlit/config.toml decides for apps run from there.</source>
        <translation>Die .streamlit/config.toml eines Skript- oder Arbeitsordners entscheidet für Apps, die von dort laufen.</translation>
    </message>
    <message>
        <source>A project&apos;s .streamlit/config.toml applies inside that project and beats the one in your home.</source>
        <translation>Die .streamlit/config.toml eines Projekts gilt in diesem Projekt und hat Vorrang vor der in Ihrem Home-Ordner.</translation>
    </message>
    <message>
        <source>A project&apos;s .streamlit/config.toml with true, or the flag or variable, still switches statistics on for that project.</source>
        <translation>Die .streamlit/config.toml eines Projekts mit true, oder der Schalter oder die Variable, schaltet die Statistiken für dieses Projekt trotzdem ein.</translation>
    </message>
    <message>
        <source>wandb reports its own crashes and errors to Sentry by default; the runs you sync carry a record of the features used.</source>
        <translation>wandb meldet seine eigenen Abstürze und Fehler standardmäßig an Sentry; die Läufe, die Sie synchronisieren, tragen eine Aufzeichnung der genutzten Funktionen.</translation>
    </message>
    <message>
        <source>offline or disabled keeps runs, and their telemetry record, on this computer.</source>
        <translation>offline oder disabled behält Läufe und ihre Telemetrieaufzeichnung auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Sends the error reports to another Sentry project.</source>
        <translation>Sendet die Fehlerberichte an ein anderes Sentry-Projekt.</translation>
    </message>
    <message>
        <source>Your W&amp;B account e-mail, attached to error reports when wandb knows it.</source>
        <translation>Die E-Mail Ihres W&amp;B-Kontos, an Fehlerberichte angehängt, wenn wandb sie kennt.</translation>
    </message>
    <message>
        <source>when the SDK or wandb-core hits an error, with entity, project, run and your e-mail</source>
        <translation>wenn das SDK oder wandb-core auf einen Fehler stößt, mit Entity, Projekt, Lauf und Ihrer E-Mail</translation>
    </message>
    <message>
        <source>Each synced run still carries its telemetry record (imports, features used, environment) to the W&amp;B server you log to; only WANDB_MODE=offline or disabled keeps it local.</source>
        <translation>Jeder synchronisierte Lauf trägt weiter seine Telemetrieaufzeichnung (Importe, genutzte Funktionen, Umgebung) zum W&amp;B-Server, bei dem Sie angemeldet sind; nur WANDB_MODE=offline oder disabled behält sie lokal.</translation>
    </message>
    <message>
        <source>wandb documents no telemetry opt-out; WANDB_ERROR_REPORTING=false stops its error reports, and a value it cannot parse also counts as off.</source>
        <translation>wandb dokumentiert keine Telemetrie-Abschaltung; WANDB_ERROR_REPORTING=false stoppt seine Fehlerberichte, und ein Wert, den es nicht versteht, zählt ebenfalls als aus.</translation>
    </message>
    <message>
        <source>Holds your W&amp;B API key (a secret, never shown).</source>
        <translation>Enthält Ihren W&amp;B-API-Schlüssel (ein Geheimnis, wird nie angezeigt).</translation>
    </message>
    <message>
        <source>The telemetry record of each run goes to the W&amp;B server with the run; it has no switch of its own.</source>
        <translation>Die Telemetrieaufzeichnung jedes Laufs geht mit dem Lauf an den W&amp;B-Server; sie hat keinen eigenen Schalter.</translation>
    </message>
    <message>
        <source>Only 1, on, yes or true (any case, without spaces) count; this value leaves telemetry on.</source>
        <translation>Nur 1, on, yes oder true (in jeder Schreibweise, ohne Leerzeichen) zählen; dieser Wert lässt die Telemetrie an.</translation>
    </message>
    <message>
        <source>Only the exact value True enables; this value switches analytics off.</source>
        <translation>Nur genau der Wert True schaltet ein; dieser Wert schaltet die Analyse ab.</translation>
    </message>
    <message>
        <source>%2=%3 switches %1 analytics off: only the exact value True enables them. If you meant to switch them off, write %2=False to be clear.</source>
        <translation>%2=%3 schaltet die Analyse von %1 ab: Nur genau der Wert True schaltet sie ein. Wenn Sie sie abschalten wollten, schreiben Sie deutlicher %2=False.</translation>
    </message>
    <message>
        <source>Any value other than exactly True switches analytics off.</source>
        <translation>Jeder Wert außer genau True schaltet die Analyse ab.</translation>
    </message>
    <message>
        <source>Not a value strtobool understands; the tool then counts it as disabled.</source>
        <translation>Kein Wert, den strtobool versteht; das Werkzeug zählt ihn dann als abgeschaltet.</translation>
    </message>
    <message>
        <source>Any value other than true or 1 switches it off.</source>
        <translation>Jeder Wert außer true oder 1 schaltet es ab.</translation>
    </message>
    <message>
        <source>An empty value does not count.</source>
        <translation>Ein leerer Wert zählt nicht.</translation>
    </message>
    <message>
        <source>Any non-empty value switches it off, even this one.</source>
        <translation>Jeder nicht leere Wert schaltet es ab, auch dieser.</translation>
    </message>
    <message>
        <source>Set to anything, even empty or 0, it switches telemetry off.</source>
        <translation>Auf irgendeinen Wert gesetzt, auch leer oder 0, schaltet es die Telemetrie ab.</translation>
    </message>
    <message>
        <source>Only true disables in programs that use BentoML as a library; the bentoml command also accepts this value.</source>
        <translation>Nur true schaltet in Programmen ab, die BentoML als Bibliothek nutzen; der Befehl bentoml akzeptiert auch diesen Wert.</translation>
    </message>
    <message>
        <source>%2=%3 switches %1 off only for the bentoml command; programs that use BentoML as a library keep collecting. Write %2=true.</source>
        <translation>%2=%3 schaltet %1 nur für den Befehl bentoml ab; Programme, die BentoML als Bibliothek nutzen, sammeln weiter. Schreiben Sie %2=true.</translation>
    </message>
    <message>
        <source>Only true (any case) switches it off.</source>
        <translation>Nur true (in jeder Schreibweise) schaltet es ab.</translation>
    </message>
    <message>
        <source>Prefect honours only 1, true or yes here; this value is ignored.</source>
        <translation>Prefect beachtet hier nur 1, true oder yes; dieser Wert wird ignoriert.</translation>
    </message>
    <message>
        <source>auto sends metrics with registry rules or when logged in.</source>
        <translation>auto sendet Metriken bei Regeln aus der Registry oder nach der Anmeldung.</translation>
    </message>
    <message>
        <source>Semgrep&apos;s scan front end accepts exactly on, off or auto and exits on any other value (read in code, not run).</source>
        <translation>Semgreps Scan-Frontend akzeptiert genau on, off oder auto und beendet sich bei jedem anderen Wert (im Code gelesen, nicht ausgeführt).</translation>
    </message>
    <message>
        <source>click treats an empty variable as unset.</source>
        <translation>click behandelt eine leere Variable als nicht gesetzt.</translation>
    </message>
    <message>
        <source>click accepts only 1, true, t, yes, y, on or 0, false, f, no, n, off here; this value stops the command with a usage error.</source>
        <translation>click akzeptiert hier nur 1, true, t, yes, y, on oder 0, false, f, no, n, off; dieser Wert beendet den Befehl mit einem Aufruffehler.</translation>
    </message>
    <message>
        <source>DVC accepts only true or false here (any case); no, 0 or off make every dvc command fail with &quot;expected true or false&quot;.</source>
        <translation>DVC akzeptiert hier nur true oder false (in jeder Schreibweise); no, 0 oder off lassen jeden dvc-Befehl mit &quot;expected true or false&quot; scheitern.</translation>
    </message>
    <message>
        <source>pydantic accepts only 1, on, t, true, y, yes or 0, off, f, false, n, no here; this value makes the tool fail when it loads its settings.</source>
        <translation>pydantic akzeptiert hier nur 1, on, t, true, y, yes oder 0, off, f, false, n, no; dieser Wert lässt das Werkzeug beim Laden seiner Einstellungen scheitern.</translation>
    </message>
    <message>
        <source>A CI marker: when it is set, this tool does not collect.</source>
        <translation>Eine CI-Markierung: Wenn sie gesetzt ist, sammelt dieses Werkzeug nicht.</translation>
    </message>
    <message>
        <source>Any value other than exactly True switches it off.</source>
        <translation>Jeder Wert außer genau True schaltet es ab.</translation>
    </message>
    <message>
        <source>the opt-out file of %1 needs a writer, a path, a key and a disable_value</source>
        <translation>die Abschaltdatei von %1 braucht einen writer, einen path, einen key und einen disable_value</translation>
    </message>
    <message>
        <source>ZenML sends analytics by default, from its commands and pipelines, once its global configuration has a store.</source>
        <translation>ZenML sendet standardmäßig Analysedaten aus seinen Befehlen und Pipelines, sobald seine globale Konfiguration einen Store hat.</translation>
    </message>
    <message>
        <source>ZenML reads every field of its global configuration from ZENML_&lt;FIELD&gt; first; a value pydantic rejects is silently ignored and the file decides.</source>
        <translation>ZenML liest jedes Feld seiner globalen Konfiguration zuerst aus ZENML_&lt;FIELD&gt;; ein Wert, den pydantic ablehnt, wird stillschweigend ignoriert, und die Datei entscheidet.</translation>
    </message>
    <message>
        <source>ZenML loads this file for every command: a value pydantic rejects makes them all fail.</source>
        <translation>ZenML lädt diese Datei bei jedem Befehl: Ein Wert, den pydantic ablehnt, lässt sie alle scheitern.</translation>
    </message>
    <message>
        <source>Replaces the client id (user_id in config.yaml) that ZenML sends.</source>
        <translation>Ersetzt die Client-ID (user_id in config.yaml), die ZenML sendet.</translation>
    </message>
    <message>
        <source>Inside a ZenML server, the server&apos;s own analytics_enabled decides instead of this file.</source>
        <translation>In einem ZenML-Server entscheidet statt dieser Datei die eigene Einstellung analytics_enabled des Servers.</translation>
    </message>
    <message>
        <source>A random id in ZenML&apos;s config.yaml, sent as client_id with every event; ZENML_USER_ID replaces it.</source>
        <translation>Eine zufällige ID in ZenMLs config.yaml, die mit jedem Ereignis als client_id gesendet wird; ZENML_USER_ID ersetzt sie.</translation>
    </message>
    <message>
        <source>The e-mail you gave ZenML at its prompt, kept in config.yaml; with user_email_opt_in it is sent to ZenML.</source>
        <translation>Die E-Mail-Adresse, die Sie ZenML bei seiner Abfrage angegeben haben, gespeichert in config.yaml; mit user_email_opt_in wird sie an ZenML gesendet.</translation>
    </message>
    <message>
        <source>on zenml commands, pipeline runs and stack changes, in batches</source>
        <translation>bei zenml-Befehlen, Pipeline-Läufen und Stack-Änderungen, gebündelt</translation>
    </message>
    <message>
        <source>Nothing: with analytics off current releases do not load the client id, so not even the opt-out event is sent (older releases sent it).</source>
        <translation>Nichts: Bei abgeschalteter Analyse laden aktuelle Versionen die Client-ID nicht, daher wird nicht einmal das Abschalt-Ereignis gesendet (ältere Versionen sendeten es).</translation>
    </message>
    <message>
        <source>The documentation presents ZENML_ANALYTICS_OPT_IN like any switch; a value pydantic rejects (for example disabled) is silently ignored, and the file or the default decides.</source>
        <translation>Die Dokumentation stellt ZENML_ANALYTICS_OPT_IN wie einen gewöhnlichen Schalter dar; ein Wert, den pydantic ablehnt (zum Beispiel disabled), wird stillschweigend ignoriert, und die Datei oder die Voreinstellung entscheidet.</translation>
    </message>
    <message>
        <source>ZenML rewrites the whole file whenever it saves a setting, keeping every key it knows.</source>
        <translation>ZenML schreibt die ganze Datei neu, wann immer es eine Einstellung speichert, und behält dabei jeden ihm bekannten Schlüssel.</translation>
    </message>
    <message>
        <source>A ZenML server (ZENML_SERVER set) follows its own analytics_enabled setting, not this account&apos;s config.yaml.</source>
        <translation>Ein ZenML-Server (ZENML_SERVER gesetzt) folgt seiner eigenen Einstellung analytics_enabled, nicht der config.yaml dieses Kontos.</translation>
    </message>
    <message>
        <source>Inside a ZenML server the server&apos;s own setting decides.</source>
        <translation>In einem ZenML-Server entscheidet die eigene Einstellung des Servers.</translation>
    </message>
    <message>
        <source>CI is not an opt-out; it is only reported as the environment.</source>
        <translation>CI ist keine Abschaltung; es wird nur als Umgebung gemeldet.</translation>
    </message>
    <message>
        <source>Telemetry Lens writes analytics_opt_in: false (a YAML boolean) into config.yaml, as zenml analytics opt-out does; a valid ZENML_ANALYTICS_OPT_IN=true still beats it, and an invalid value is silently ignored.</source>
        <translation>Telemetry Lens schreibt analytics_opt_in: false (einen YAML-Booleschen Wert) in config.yaml, wie es zenml analytics opt-out tut; ein gültiges ZENML_ANALYTICS_OPT_IN=true hat trotzdem Vorrang, und ein ungültiger Wert wird stillschweigend ignoriert.</translation>
    </message>
    <message>
        <source>Dagster logs every action to $DAGSTER_HOME/logs/event.log and uploads the log every hour by default.</source>
        <translation>Dagster protokolliert standardmäßig jede Aktion in $DAGSTER_HOME/logs/event.log und lädt das Protokoll jede Stunde hoch.</translation>
    </message>
    <message>
        <source>Stops only the upload: Dagster still writes logs/event.log and the instance id.</source>
        <translation>Stoppt nur das Hochladen: Dagster schreibt weiterhin logs/event.log und die Instanz-ID.</translation>
    </message>
    <message>
        <source>Dagster takes these CI markers for its own test runs and does not upload.</source>
        <translation>Dagster hält diese CI-Kennzeichen für seine eigenen Testläufe und lädt nichts hoch.</translation>
    </message>
    <message>
        <source>Read only when DAGSTER_HOME is set; Dagster uses the raw value, so a quoted &quot;false&quot; counts as true.</source>
        <translation>Wird nur gelesen, wenn DAGSTER_HOME gesetzt ist; Dagster verwendet den Rohwert, daher zählt ein in Anführungszeichen gesetztes &quot;false&quot; als wahr.</translation>
    </message>
    <message>
        <source>The instance folder: dagster.yaml, .telemetry/id.yaml and logs/event.log live there. Without it the yaml has no effect, and the state depends on how Dagster is started.</source>
        <translation>Der Instanzordner: Dort liegen dagster.yaml, .telemetry/id.yaml und logs/event.log. Ohne ihn hat die YAML-Datei keine Wirkung, und der Zustand hängt davon ab, wie Dagster gestartet wird.</translation>
    </message>
    <message>
        <source>Uploads the event logs to another address.</source>
        <translation>Lädt die Ereignisprotokolle an eine andere Adresse hoch.</translation>
    </message>
    <message>
        <source>Dagster compares CI with the boolean True, which an environment value never is: CI is not detected, and it is not an opt-out.</source>
        <translation>Dagster vergleicht CI mit dem Booleschen Wert True, was ein Umgebungswert nie ist: CI wird nicht erkannt und ist keine Abschaltung.</translation>
    </message>
    <message>
        <source>A random id in .telemetry/id.yaml, created at the first logged action (even with DAGSTER_DISABLE_TELEMETRY) and sent with every event.</source>
        <translation>Eine zufällige ID in .telemetry/id.yaml, bei der ersten protokollierten Aktion angelegt (auch mit DAGSTER_DISABLE_TELEMETRY) und mit jedem Ereignis gesendet.</translation>
    </message>
    <message>
        <source>every hour, or at 10 MB of log, from a background upload thread; plain HTTP</source>
        <translation>jede Stunde oder bei 10 MB Protokoll, aus einem Hintergrund-Thread zum Hochladen; unverschlüsseltes HTTP</translation>
    </message>
    <message>
        <source>With telemetry.enabled: false nothing is logged or sent. DAGSTER_DISABLE_TELEMETRY only stops the upload: every action is still logged to logs/event.log and the instance id is still created.</source>
        <translation>Mit telemetry.enabled: false wird nichts protokolliert oder gesendet. DAGSTER_DISABLE_TELEMETRY stoppt nur das Hochladen: Jede Aktion wird weiterhin in logs/event.log protokolliert, und die Instanz-ID wird weiterhin angelegt.</translation>
    </message>
    <message>
        <source>The telemetry banner says to add telemetry: enabled: false to $DAGSTER_HOME/dagster.yaml; it does not say that DAGSTER_DISABLE_TELEMETRY keeps writing logs/event.log.</source>
        <translation>Der Telemetrie-Hinweis sagt, man solle telemetry: enabled: false in $DAGSTER_HOME/dagster.yaml eintragen; er sagt nicht, dass mit DAGSTER_DISABLE_TELEMETRY weiterhin logs/event.log geschrieben wird.</translation>
    </message>
    <message>
        <source>Dagster&apos;s CI detection never sees CI (compared with the boolean True) and misses CircleCI and CodeBuild (a missing comma joins their names).</source>
        <translation>Dagsters CI-Erkennung sieht CI nie (Vergleich mit dem Booleschen Wert True) und übersieht CircleCI und CodeBuild (ein fehlendes Komma verbindet ihre Namen).</translation>
    </message>
    <message>
        <source>Created at the first logged action, even with DAGSTER_DISABLE_TELEMETRY; the first time Dagster also prints its telemetry banner.</source>
        <translation>Bei der ersten protokollierten Aktion angelegt, auch mit DAGSTER_DISABLE_TELEMETRY; beim ersten Mal zeigt Dagster auch seinen Telemetrie-Hinweis.</translation>
    </message>
    <message>
        <source>A readable log of every event Dagster uploads (10 MB, 10 backups); still written with DAGSTER_DISABLE_TELEMETRY.</source>
        <translation>Ein lesbares Protokoll jedes Ereignisses, das Dagster hochlädt (10 MB, 10 Sicherungen); wird auch mit DAGSTER_DISABLE_TELEMETRY geschrieben.</translation>
    </message>
    <message>
        <source>logs/event.log and .telemetry/id.yaml follow telemetry.enabled only: DAGSTER_DISABLE_TELEMETRY, BUILDKITE and TF_BUILD stop the upload, not the local log.</source>
        <translation>logs/event.log und .telemetry/id.yaml folgen nur telemetry.enabled: DAGSTER_DISABLE_TELEMETRY, BUILDKITE und TF_BUILD stoppen das Hochladen, nicht das lokale Protokoll.</translation>
    </message>
    <message>
        <source>CI is only reported (is_known_ci_env), not an opt-out; only BUILDKITE and TF_BUILD stop the upload.</source>
        <translation>CI wird nur gemeldet (is_known_ci_env) und ist keine Abschaltung; nur BUILDKITE und TF_BUILD stoppen das Hochladen.</translation>
    </message>
    <message>
        <source>An ephemeral instance (no DAGSTER_HOME, outside dagster dev) does not collect; the daemon and webserver of a real instance do.</source>
        <translation>Eine flüchtige Instanz (kein DAGSTER_HOME, außerhalb von dagster dev) sammelt nicht; Daemon und Webserver einer echten Instanz schon.</translation>
    </message>
    <message>
        <source>Telemetry Lens writes telemetry: enabled: false (a YAML boolean) into $DAGSTER_HOME/dagster.yaml, keeping every other key; without DAGSTER_HOME that file is not read, so it sets DAGSTER_DISABLE_TELEMETRY=1 instead, which stops only the upload: logs/event.log is still written.</source>
        <translation>Telemetry Lens schreibt telemetry: enabled: false (einen YAML-Booleschen Wert) in $DAGSTER_HOME/dagster.yaml und behält jeden anderen Schlüssel; ohne DAGSTER_HOME wird diese Datei nicht gelesen, daher setzt es stattdessen DAGSTER_DISABLE_TELEMETRY=1, was nur das Hochladen stoppt: logs/event.log wird weiterhin geschrieben.</translation>
    </message>
    <message>
        <source>Ultralytics (YOLO) sends usage events to Google Analytics by default, from pip installs and official checkouts, and crash reports from the yolo command.</source>
        <translation>Ultralytics (YOLO) sendet standardmäßig Nutzungsereignisse an Google Analytics, aus pip-Installationen und offiziellen Checkouts, und Absturzberichte aus dem Befehl yolo.</translation>
    </message>
    <message>
        <source>Read at import; it also stops every download (weights, datasets).</source>
        <translation>Wird beim Import gelesen; stoppt auch jeden Download (Gewichte, Datensätze).</translation>
    </message>
    <message>
        <source>Ultralytics resets the whole file to its defaults (sync: true) when a key is added or missing, a type is wrong, the settings_version differs from the installed release&apos;s, or the JSON is malformed.</source>
        <translation>Ultralytics setzt die ganze Datei auf seine Voreinstellungen zurück (sync: true), wenn ein Schlüssel hinzugefügt wurde oder fehlt, ein Typ falsch ist, die settings_version von der der installierten Version abweicht oder das JSON fehlerhaft ist.</translation>
    </message>
    <message>
        <source>Ultralytics sends only when a DNS lookup of one.one.one.one or dns.google succeeds (older releases connect to 1.1.1.1 and 8.8.8.8).</source>
        <translation>Ultralytics sendet nur, wenn eine DNS-Abfrage von one.one.one.one oder dns.google gelingt (ältere Versionen verbinden sich mit 1.1.1.1 und 8.8.8.8).</translation>
    </message>
    <message>
        <source>Moves the settings folder: current releases use $YOLO_CONFIG_DIR/Ultralytics, older ones $YOLO_CONFIG_DIR itself.</source>
        <translation>Verschiebt den Einstellungsordner: Aktuelle Versionen verwenden $YOLO_CONFIG_DIR/Ultralytics, ältere $YOLO_CONFIG_DIR selbst.</translation>
    </message>
    <message>
        <source>Only the main process (RANK -1 or 0) sends; other ranks of a distributed run do not.</source>
        <translation>Nur der Hauptprozess (RANK -1 oder 0) sendet; andere Ränge eines verteilten Laufs nicht.</translation>
    </message>
    <message>
        <source>The SHA-256 of this machine&apos;s MAC address (as a decimal number), kept in settings.json and sent as the Google Analytics client_id and the Sentry user id: the same on every install of this machine, and guessable from the 48-bit MAC. Ultralytics calls it anonymized; it is pseudonymous and hardware-derived.</source>
        <translation>Der SHA-256-Hash der MAC-Adresse dieses Rechners (als Dezimalzahl), gespeichert in settings.json und als client_id an Google Analytics und als Benutzer-ID an Sentry gesendet: bei jeder Installation auf diesem Rechner gleich und aus der 48-Bit-MAC erratbar. Ultralytics nennt ihn anonymisiert; er ist pseudonym und von der Hardware abgeleitet.</translation>
    </message>
    <message>
        <source>on train, val, predict and export, at most once every 30 s (up to 25 events)</source>
        <translation>bei train, val, predict und export, höchstens alle 30 s (bis zu 25 Ereignisse)</translation>
    </message>
    <message>
        <source>crash reports of the yolo command from pip installs, when sentry_sdk is installed</source>
        <translation>Absturzberichte des Befehls yolo aus pip-Installationen, wenn sentry_sdk installiert ist</translation>
    </message>
    <message>
        <source>Nothing while sync is false; but a settings file Ultralytics resets (a new settings_version after an upgrade, a wrong key or type) switches sync back to true.</source>
        <translation>Nichts, solange sync false ist; aber eine Einstellungsdatei, die Ultralytics zurücksetzt (eine neue settings_version nach einem Upgrade, ein falscher Schlüssel oder Typ), schaltet sync wieder auf true.</translation>
    </message>
    <message>
        <source>Ultralytics calls its uuid anonymized; it is the SHA-256 of the machine&apos;s MAC address, stable and guessable.</source>
        <translation>Ultralytics nennt seine uuid anonymisiert; sie ist der SHA-256-Hash der MAC-Adresse des Rechners, dauerhaft und erratbar.</translation>
    </message>
    <message>
        <source>The settings documentation does not say that an upgrade with a new settings_version resets sync to true.</source>
        <translation>Die Dokumentation der Einstellungen sagt nicht, dass ein Upgrade mit einer neuen settings_version sync auf true zurücksetzt.</translation>
    </message>
    <message>
        <source>Also holds api_key and openai_api_key, which are secrets and never shown.</source>
        <translation>Enthält auch api_key und openai_api_key, die geheim sind und nie angezeigt werden.</translation>
    </message>
    <message>
        <source>Where older releases kept the settings when YOLO_CONFIG_DIR is set (no Ultralytics sub-folder).</source>
        <translation>Wo ältere Versionen die Einstellungen ablegten, wenn YOLO_CONFIG_DIR gesetzt ist (ohne Unterordner Ultralytics).</translation>
    </message>
    <message>
        <source>The settings file of older releases, with the same keys.</source>
        <translation>Die Einstellungsdatei älterer Versionen, mit denselben Schlüsseln.</translation>
    </message>
    <message>
        <source>Sentry crash reports of the yolo command follow the same sync setting and YOLO_OFFLINE, and also need sentry_sdk installed and a pip install.</source>
        <translation>Sentry-Absturzberichte des Befehls yolo folgen derselben Einstellung sync und YOLO_OFFLINE und setzen außerdem ein installiertes sentry_sdk und eine pip-Installation voraus.</translation>
    </message>
    <message>
        <source>Nothing is sent while pytest runs.</source>
        <translation>Während pytest läuft, wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Nothing is sent in GitHub Actions (GITHUB_ACTIONS, GITHUB_WORKFLOW and RUNNER_OS all set); other CI systems send.</source>
        <translation>In GitHub Actions (GITHUB_ACTIONS, GITHUB_WORKFLOW und RUNNER_OS alle gesetzt) wird nichts gesendet; andere CI-Systeme senden.</translation>
    </message>
    <message>
        <source>Nothing is sent when the DNS check fails (offline machines).</source>
        <translation>Wenn die DNS-Prüfung scheitert (Rechner ohne Netz), wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Telemetry Lens writes &quot;sync&quot;: false into settings.json, keeping every other key and the settings_version. Ultralytics resets that file to sync: true when its keys, types or settings_version no longer match, for example after an upgrade: check again after upgrading. Without a settings file it sets YOLO_OFFLINE=true instead, which also stops downloads.</source>
        <translation>Telemetry Lens schreibt &quot;sync&quot;: false in settings.json und behält jeden anderen Schlüssel und die settings_version. Ultralytics setzt diese Datei auf sync: true zurück, wenn ihre Schlüssel, Typen oder settings_version nicht mehr passen, zum Beispiel nach einem Upgrade: Prüfen Sie nach einem Upgrade erneut. Ohne Einstellungsdatei setzt es stattdessen YOLO_OFFLINE=true, was auch Downloads stoppt.</translation>
    </message>
    <message>
        <source>Deepchecks checks for a newer version at every import, sending its version and a random id: an import event by default.</source>
        <translation>Deepchecks sucht bei jedem Import nach einer neueren Version und sendet dabei seine Version und eine zufällige ID: standardmäßig ein Import-Ereignis.</translation>
    </message>
    <message>
        <source>Read at import.</source>
        <translation>Wird beim Import gelesen.</translation>
    </message>
    <message>
        <source>Read at import; it stops the same request.</source>
        <translation>Wird beim Import gelesen; stoppt dieselbe Anfrage.</translation>
    </message>
    <message>
        <source>A random id in deepchecks/.user_id inside each environment&apos;s site-packages, sent with every import; one per environment, removed on uninstall.</source>
        <translation>Eine zufällige ID in deepchecks/.user_id im site-packages-Ordner jeder Umgebung, mit jedem Import gesendet; eine pro Umgebung, beim Deinstallieren entfernt.</translation>
    </message>
    <message>
        <source>at every import of deepchecks (a version check that doubles as an import event)</source>
        <translation>bei jedem Import von deepchecks (eine Versionsprüfung, die zugleich ein Import-Ereignis ist)</translation>
    </message>
    <message>
        <source>Nothing: with either variable set deepchecks does not make the request.</source>
        <translation>Nichts: Ist eine der beiden Variablen gesetzt, stellt deepchecks die Anfrage nicht.</translation>
    </message>
    <message>
        <source>The variables are documented as switches; any non-empty value, even 0 or false, switches the request off.</source>
        <translation>Die Variablen sind als Schalter dokumentiert; jeder nicht leere Wert, auch 0 oder false, schaltet die Anfrage ab.</translation>
    </message>
    <message>
        <source>Inside the installed package: each environment has its own, and uninstalling removes it.</source>
        <translation>Im installierten Paket: Jede Umgebung hat ihre eigene, und das Deinstallieren entfernt sie.</translation>
    </message>
    <message>
        <source>The variable is read at import: programs already running keep sending.</source>
        <translation>Die Variable wird beim Import gelesen: Bereits laufende Programme senden weiter.</translation>
    </message>
    <message>
        <source>pydantic rejects this value, and %1 silently ignores it: the file or the default decides.</source>
        <translation>pydantic lehnt diesen Wert ab, und %1 ignoriert ihn stillschweigend: Die Datei oder die Voreinstellung entscheidet.</translation>
    </message>
    <message>
        <source>%2=%3 is not a value %1 accepts (1, on, t, true, y, yes or 0, off, f, false, n, no), so %1 silently ignores it: it does not switch telemetry off. Write %2=false.</source>
        <translation>%2=%3 ist kein Wert, den %1 akzeptiert (1, on, t, true, y, yes oder 0, off, f, false, n, no), daher ignoriert %1 ihn stillschweigend: Er schaltet die Telemetrie nicht ab. Schreiben Sie %2=false.</translation>
    </message>
    <message>
        <source>Set to anything, even empty or 0, it stops the upload; the events are still logged to disk.</source>
        <translation>Mit irgendeinem Wert gesetzt, auch leer oder 0, stoppt sie das Hochladen; die Ereignisse werden weiterhin auf die Festplatte protokolliert.</translation>
    </message>
    <message>
        <source>Only true (any case) counts; this value leaves telemetry on.</source>
        <translation>Nur true (in beliebiger Schreibweise) zählt; dieser Wert lässt die Telemetrie an.</translation>
    </message>
    <message>
        <source>%2=%3 does not switch %1 offline: only the value true (any case) does. Write %2=true.</source>
        <translation>%2=%3 schaltet %1 nicht offline: Das tut nur der Wert true (in beliebiger Schreibweise). Schreiben Sie %2=true.</translation>
    </message>
    <message>
        <source>Read from a project&apos;s root when a kedro command runs inside that project and no variable is set.</source>
        <translation>Wird aus dem Wurzelordner eines Projekts gelesen, wenn ein kedro-Befehl in diesem Projekt läuft und keine Variable gesetzt ist.</translation>
    </message>
    <message>
        <source>A project&apos;s file data context: when it says true or false, it beats GX_ANALYTICS_ENABLED inside that project.</source>
        <translation>Der dateibasierte Datenkontext eines Projekts: steht dort true oder false, gewinnt er in diesem Projekt gegen GX_ANALYTICS_ENABLED.</translation>
    </message>
    <message>
        <source>The working folder&apos;s or the script&apos;s folder&apos;s config.toml: it beats the one in your home for apps run from there.</source>
        <translation>Die config.toml des Arbeitsordners oder des Skriptordners: Sie gewinnt für dort gestartete Apps gegen die in Ihrem Persönlichen Ordner.</translation>
    </message>
    <message>
        <source>Not the YAML boolean kedro expects: it ignores the file and counts it as consent.</source>
        <translation>Nicht der YAML-Wahrheitswert, den kedro erwartet: Es ignoriert die Datei und wertet sie als Zustimmung.</translation>
    </message>
    <message>
        <source>%1 ignores this .telemetry because %2 is not a YAML boolean, and sends as if you had agreed. Write %2: false without quotes.</source>
        <translation>%1 ignoriert diese .telemetry, weil %2 kein YAML-Wahrheitswert ist, und sendet, als hätten Sie zugestimmt. Schreiben Sie %2: false ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>null leaves the decision to the environment variable.</source>
        <translation>null überlässt die Entscheidung der Umgebungsvariablen.</translation>
    </message>
    <message>
        <source>Not a boolean: the project&apos;s data context fails to load.</source>
        <translation>Kein Wahrheitswert: Der Datenkontext des Projekts lässt sich nicht laden.</translation>
    </message>
    <message>
        <source>The Prisma CLI runs a &quot;checkpoint&quot; check with usage data on its commands by default.</source>
        <translation>Die Prisma-CLI führt bei ihren Befehlen standardmäßig eine „Checkpoint“-Prüfung mit Nutzungsdaten aus.</translation>
    </message>
    <message>
        <source>Any non-empty value switches Prisma&apos;s checkpoint off, even 0 or false. Debian&apos;s packer reads the same variable the other way round.</source>
        <translation>Jeder nicht leere Wert schaltet den Checkpoint von Prisma ab, selbst 0 oder false. Debians packer liest dieselbe Variable genau umgekehrt.</translation>
    </message>
    <message>
        <source>Adds this text to every checkpoint request.</source>
        <translation>Fügt diesen Text jeder Checkpoint-Anfrage hinzu.</translation>
    </message>
    <message>
        <source>Only changes how long the checkpoint request may take.</source>
        <translation>Ändert nur, wie lange die Checkpoint-Anfrage dauern darf.</translation>
    </message>
    <message>
        <source>Only hides the update message; the checkpoint is still sent.</source>
        <translation>Blendet nur die Update-Meldung aus; der Checkpoint wird weiterhin gesendet.</translation>
    </message>
    <message>
        <source>A random id kept in ~/.cache/checkpoint-nodejs/signature and sent with every checkpoint request: it links all your Prisma commands over time.</source>
        <translation>Eine zufällige Kennung in ~/.cache/checkpoint-nodejs/signature, die mit jeder Checkpoint-Anfrage gesendet wird: Sie verknüpft alle Ihre Prisma-Befehle über die Zeit.</translation>
    </message>
    <message>
        <source>on Prisma CLI commands, at most about once a day per command</source>
        <translation>bei Befehlen der Prisma-CLI, höchstens etwa einmal am Tag je Befehl</translation>
    </message>
    <message>
        <source>Nothing: with CHECKPOINT_DISABLE set the checkpoint request is not made.</source>
        <translation>Nichts: Ist CHECKPOINT_DISABLE gesetzt, unterbleibt die Checkpoint-Anfrage.</translation>
    </message>
    <message>
        <source>The documentation names CHECKPOINT_DISABLE=1; any non-empty value switches the checkpoint off, even 0.</source>
        <translation>Die Dokumentation nennt CHECKPOINT_DISABLE=1; jeder nicht leere Wert schaltet den Checkpoint ab, selbst 0.</translation>
    </message>
    <message>
        <source>When the first Prisma command ran.</source>
        <translation>Wann der erste Prisma-Befehl lief.</translation>
    </message>
    <message>
        <source>In CI the checkpoint is still sent, marked with the CI&apos;s name; CI is not an opt-out.</source>
        <translation>In CI wird der Checkpoint weiterhin gesendet, mit dem Namen der CI versehen; CI ist kein Opt-out.</translation>
    </message>
    <message>
        <source>Prisma is usually a dependency of each project; a project&apos;s scripts or .env can set CHECKPOINT_DISABLE for that project only.</source>
        <translation>Prisma ist meist eine Abhängigkeit des jeweiligen Projekts; Skripte oder .env eines Projekts können CHECKPOINT_DISABLE nur für dieses Projekt setzen.</translation>
    </message>
    <message>
        <source>Telemetry Lens writes CHECKPOINT_DISABLE=1, never 0: Debian&apos;s packer reads 0 as &quot;collect&quot;.</source>
        <translation>Telemetry Lens schreibt CHECKPOINT_DISABLE=1, niemals 0: Debians packer liest 0 als „erfassen“.</translation>
    </message>
    <message>
        <source>The Shopify CLI sends an analytics event for each command by default.</source>
        <translation>Die Shopify-CLI sendet standardmäßig für jeden Befehl ein Analyse-Ereignis.</translation>
    </message>
    <message>
        <source>Forces the analytics event to be sent even when an opt-out is set.</source>
        <translation>Erzwingt das Senden des Analyse-Ereignisses, auch wenn ein Opt-out gesetzt ist.</translation>
    </message>
    <message>
        <source>Keeps sending the CLI&apos;s performance metrics even with SHOPIFY_CLI_NO_ANALYTICS set (1, true, TRUE, yes or YES).</source>
        <translation>Sendet die Leistungsmetriken der CLI weiter, selbst wenn SHOPIFY_CLI_NO_ANALYTICS gesetzt ist (1, true, TRUE, yes oder YES).</translation>
    </message>
    <message>
        <source>Your Shopify account id, taken from the CLI&apos;s login session and sent with every event: the events are tied to your account.</source>
        <translation>Ihre Shopify-Kontokennung aus der Anmeldesitzung der CLI, mit jedem Ereignis gesendet: Die Ereignisse sind an Ihr Konto gebunden.</translation>
    </message>
    <message>
        <source>after each command (synchronously in CI and containers)</source>
        <translation>nach jedem Befehl (in CI und Containern synchron)</translation>
    </message>
    <message>
        <source>Nothing, unless SHOPIFY_CLI_ALWAYS_LOG_ANALYTICS or SHOPIFY_CLI_ALWAYS_LOG_METRICS is set to 1, true, TRUE, yes or YES.</source>
        <translation>Nichts, außer SHOPIFY_CLI_ALWAYS_LOG_ANALYTICS oder SHOPIFY_CLI_ALWAYS_LOG_METRICS ist auf 1, true, TRUE, yes oder YES gesetzt.</translation>
    </message>
    <message>
        <source>Only 1, true, TRUE, yes and YES count as true: True, Yes and on leave analytics on.</source>
        <translation>Nur 1, true, TRUE, yes und YES gelten als wahr: True, Yes und on lassen die Analyse an.</translation>
    </message>
    <message>
        <source>Caches and the login session (secrets): never shown.</source>
        <translation>Caches und die Anmeldesitzung (Geheimnisse): werden nie angezeigt.</translation>
    </message>
    <message>
        <source>Performance metrics follow the same opt-out, but SHOPIFY_CLI_ALWAYS_LOG_METRICS sends them anyway.</source>
        <translation>Leistungsmetriken folgen demselben Opt-out, aber SHOPIFY_CLI_ALWAYS_LOG_METRICS sendet sie trotzdem.</translation>
    </message>
    <message>
        <source>In CI and containers events are sent before the command ends instead of in the background; this is not an opt-out.</source>
        <translation>In CI und Containern werden Ereignisse vor dem Ende des Befehls statt im Hintergrund gesendet; das ist kein Opt-out.</translation>
    </message>
    <message>
        <source>SHOPIFY_CLI_ALWAYS_LOG_ANALYTICS or SHOPIFY_CLI_ALWAYS_LOG_METRICS set to a true value still sends events after the opt-out.</source>
        <translation>Ist SHOPIFY_CLI_ALWAYS_LOG_ANALYTICS oder SHOPIFY_CLI_ALWAYS_LOG_METRICS auf einen wahren Wert gesetzt, werden nach dem Opt-out weiterhin Ereignisse gesendet.</translation>
    </message>
    <message>
        <source>The Expo CLI sends usage events by default.</source>
        <translation>Die Expo-CLI sendet standardmäßig Nutzungsereignisse.</translation>
    </message>
    <message>
        <source>Read only when EXPO_NO_TELEMETRY is false or unset.</source>
        <translation>Wird nur gelesen, wenn EXPO_NO_TELEMETRY false oder nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>Sends events from the CLI process itself instead of a detached one; not an opt-out.</source>
        <translation>Sendet Ereignisse aus dem CLI-Prozess selbst statt aus einem abgelösten; kein Opt-out.</translation>
    </message>
    <message>
        <source>Moves ~/.expo, where the anonymous id and the login session are kept.</source>
        <translation>Verschiebt ~/.expo, wo die anonyme Kennung und die Anmeldesitzung liegen.</translation>
    </message>
    <message>
        <source>A random id kept in ~/.expo/state.json and sent with every event; with a login the events also carry your Expo account id.</source>
        <translation>Eine zufällige Kennung in ~/.expo/state.json, mit jedem Ereignis gesendet; nach einer Anmeldung tragen die Ereignisse auch Ihre Expo-Kontokennung.</translation>
    </message>
    <message>
        <source>after Expo CLI commands, from a detached process</source>
        <translation>nach Befehlen der Expo-CLI, aus einem abgelösten Prozess</translation>
    </message>
    <message>
        <source>Nothing: with EXPO_NO_TELEMETRY=1 no telemetry client is created.</source>
        <translation>Nichts: Mit EXPO_NO_TELEMETRY=1 wird kein Telemetrie-Client erzeugt.</translation>
    </message>
    <message>
        <source>The documentation does not say that EXPO_NO_TELEMETRY=yes, on or an empty value make every Expo command fail with &quot;Invalid value for environment variable&quot;.</source>
        <translation>Die Dokumentation sagt nicht, dass EXPO_NO_TELEMETRY=yes, on oder ein leerer Wert jeden Expo-Befehl mit „Invalid value for environment variable“ scheitern lassen.</translation>
    </message>
    <message>
        <source>Also holds the login session (auth), which is never shown.</source>
        <translation>Enthält auch die Anmeldesitzung (auth), die nie angezeigt wird.</translation>
    </message>
    <message>
        <source>The Expo CLI loads the project&apos;s .env files, which can set EXPO_NO_TELEMETRY for that project only.</source>
        <translation>Die Expo-CLI lädt die .env-Dateien des Projekts, die EXPO_NO_TELEMETRY nur für dieses Projekt setzen können.</translation>
    </message>
    <message>
        <source>Expo accepts only 1, true, 0 or false here: yes, on or an empty value make every Expo command fail.</source>
        <translation>Expo akzeptiert hier nur 1, true, 0 oder false: yes, on oder ein leerer Wert lassen jeden Expo-Befehl scheitern.</translation>
    </message>
    <message>
        <source>Debian&apos;s build of packer sends HashiCorp&apos;s checkpoint only when CHECKPOINT_DISABLE is exactly 0; otherwise it is off.</source>
        <translation>Debians Build von packer sendet HashiCorps Checkpoint nur, wenn CHECKPOINT_DISABLE genau 0 ist; sonst ist er aus.</translation>
    </message>
    <message>
        <source>true stops the checkpoint whatever CHECKPOINT_DISABLE says; a value that is not a JSON boolean makes packer exit with &quot;Error loading configuration&quot;.</source>
        <translation>true stoppt den Checkpoint, egal was CHECKPOINT_DISABLE sagt; ein Wert, der kein JSON-Boolean ist, lässt packer mit „Error loading configuration“ abbrechen.</translation>
    </message>
    <message>
        <source>Logs what packer does, including &quot;(telemetry)&quot; lines.</source>
        <translation>Protokolliert, was packer tut, einschließlich „(telemetry)“-Zeilen.</translation>
    </message>
    <message>
        <source>A random id HashiCorp&apos;s checkpoint keeps under ~/.packer.d and sends with each check, unless disable_checkpoint_signature is true.</source>
        <translation>Eine zufällige Kennung, die HashiCorps Checkpoint unter ~/.packer.d ablegt und mit jeder Prüfung sendet, außer disable_checkpoint_signature ist true.</translation>
    </message>
    <message>
        <source>at the end of a packer command, only while CHECKPOINT_DISABLE=0</source>
        <translation>am Ende eines packer-Befehls, nur solange CHECKPOINT_DISABLE=0 gilt</translation>
    </message>
    <message>
        <source>Nothing: with &quot;disable_checkpoint&quot;: true packer logs &quot;Checkpoint disabled. Not running.&quot;</source>
        <translation>Nichts: Mit &quot;disable_checkpoint&quot;: true protokolliert packer „Checkpoint disabled. Not running.“</translation>
    </message>
    <message>
        <source>HashiCorp&apos;s documentation says any value of CHECKPOINT_DISABLE switches the checkpoint off. Debian&apos;s build is the other way round: it is off unless CHECKPOINT_DISABLE is exactly 0, and 0 switches it on.</source>
        <translation>HashiCorps Dokumentation sagt, jeder Wert von CHECKPOINT_DISABLE schalte den Checkpoint ab. Debians Build ist umgekehrt: Er ist aus, außer CHECKPOINT_DISABLE ist genau 0, und 0 schaltet ihn ein.</translation>
    </message>
    <message>
        <source>&quot;disable_checkpoint&quot;: true works whatever CHECKPOINT_DISABLE says. HashiCorp&apos;s own packer builds read CHECKPOINT_DISABLE the other way round (any value switches them off).</source>
        <translation>&quot;disable_checkpoint&quot;: true wirkt, egal was CHECKPOINT_DISABLE sagt. HashiCorps eigene packer-Builds lesen CHECKPOINT_DISABLE umgekehrt (jeder Wert schaltet sie ab).</translation>
    </message>
    <message>
        <source>popularity-contest takes part only when PARTICIPATE is set to something other than &quot;no&quot; (asked when it is installed).</source>
        <translation>popularity-contest nimmt nur teil, wenn PARTICIPATE auf etwas anderes als „no“ gesetzt ist (wird bei der Installation gefragt).</translation>
    </message>
    <message>
        <source>The package&apos;s defaults, read before /etc/popularity-contest.conf.</source>
        <translation>Die Vorgaben des Pakets, gelesen vor /etc/popularity-contest.conf.</translation>
    </message>
    <message>
        <source>once a week from cron.daily, encrypted with GnuPG when gnupg is installed</source>
        <translation>einmal pro Woche aus cron.daily, mit GnuPG verschlüsselt, wenn gnupg installiert ist</translation>
    </message>
    <message>
        <source>Nothing: with PARTICIPATE=&quot;no&quot; the daily cron job exits before it collects anything.</source>
        <translation>Nichts: Mit PARTICIPATE=&quot;no&quot; endet der tägliche Cron-Job, bevor er etwas sammelt.</translation>
    </message>
    <message>
        <source>Only the exact value &quot;no&quot; or an empty PARTICIPATE stops popularity-contest: No, NO, false and 0 take part.</source>
        <translation>Nur genau der Wert „no“ oder ein leeres PARTICIPATE stoppt popularity-contest: No, NO, false und 0 nehmen teil.</translation>
    </message>
    <message>
        <source>The last report: the host id and every installed package with access times.</source>
        <translation>Der letzte Bericht: die Rechnerkennung und jedes installierte Paket mit Zugriffszeiten.</translation>
    </message>
    <message>
        <source>When the last report was submitted.</source>
        <translation>Wann der letzte Bericht übermittelt wurde.</translation>
    </message>
    <message>
        <source>It runs from cron.daily: without cron or anacron nothing is sent. Without MAILTO and with USEHTTP other than &quot;yes&quot; it also sends nothing.</source>
        <translation>Es läuft aus cron.daily: Ohne cron oder anacron wird nichts gesendet. Ohne MAILTO und mit USEHTTP ungleich „yes“ sendet es ebenfalls nichts.</translation>
    </message>
    <message>
        <source>The Azure CLI sends telemetry for each command by default.</source>
        <translation>Die Azure-CLI sendet standardmäßig Telemetrie für jeden Befehl.</translation>
    </message>
    <message>
        <source>Moves ~/.azure: the config file, the installation id and the cached events.</source>
        <translation>Verschiebt ~/.azure: die Konfigurationsdatei, die Installationskennung und die zwischengespeicherten Ereignisse.</translation>
    </message>
    <message>
        <source>A version-1 UUID (installationId in azureProfile.json): it contains this computer&apos;s network card (MAC) address and the time it was created, and is sent with every command&apos;s telemetry.</source>
        <translation>Eine UUID der Version 1 (installationId in azureProfile.json): Sie enthält die Netzwerkkartenadresse (MAC) dieses Computers und ihren Erstellungszeitpunkt und wird mit der Telemetrie jedes Befehls gesendet.</translation>
    </message>
    <message>
        <source>after commands, from a detached uploader process (Application Insights)</source>
        <translation>nach Befehlen, aus einem abgelösten Upload-Prozess (Application Insights)</translation>
    </message>
    <message>
        <source>Nothing: with collect_telemetry = no no events are recorded or uploaded.</source>
        <translation>Nichts: Mit collect_telemetry = no werden keine Ereignisse aufgezeichnet oder hochgeladen.</translation>
    </message>
    <message>
        <source>The documentation does not say that a value other than a boolean (for example maybe) silently switches telemetry off.</source>
        <translation>Die Dokumentation sagt nicht, dass ein Wert, der kein Boolean ist (zum Beispiel maybe), die Telemetrie stillschweigend abschaltet.</translation>
    </message>
    <message>
        <source>az config set core.collect_telemetry=no rewrites ~/.azure/config and drops its comments.</source>
        <translation>az config set core.collect_telemetry=no schreibt ~/.azure/config neu und verwirft dessen Kommentare.</translation>
    </message>
    <message>
        <source>The uploader&apos;s note of its last upload.</source>
        <translation>Der Vermerk des Upload-Prozesses über seinen letzten Upload.</translation>
    </message>
    <message>
        <source>The uploader&apos;s log.</source>
        <translation>Das Protokoll des Upload-Prozesses.</translation>
    </message>
    <message>
        <source>With az config param-persist (use_local_config), a folder&apos;s own .azure/config can set collect_telemetry for commands run there.</source>
        <translation>Mit az config param-persist (use_local_config) kann die eigene .azure/config eines Ordners collect_telemetry für dort ausgeführte Befehle setzen.</translation>
    </message>
    <message>
        <source>AZURE_CORE_COLLECT_TELEMETRY in the environment beats the file.</source>
        <translation>AZURE_CORE_COLLECT_TELEMETRY in der Umgebung hat Vorrang vor der Datei.</translation>
    </message>
    <message>
        <source>The Shopify CLI counts only 1, true, TRUE, yes and YES as true; this value leaves analytics on.</source>
        <translation>Die Shopify-CLI zählt nur 1, true, TRUE, yes und YES als wahr; dieser Wert lässt die Analyse an.</translation>
    </message>
    <message>
        <source>Sends the analytics event even when an opt-out variable is set.</source>
        <translation>Sendet das Analyse-Ereignis, auch wenn eine Opt-out-Variable gesetzt ist.</translation>
    </message>
    <message>
        <source>%2=%3 makes %1 send its analytics events even with SHOPIFY_CLI_NO_ANALYTICS set. Remove it.</source>
        <translation>%2=%3 lässt %1 seine Analyse-Ereignisse auch bei gesetztem SHOPIFY_CLI_NO_ANALYTICS senden. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>Only 1, true, TRUE, yes or YES have an effect.</source>
        <translation>Nur 1, true, TRUE, yes oder YES wirken.</translation>
    </message>
    <message>
        <source>The CLI&apos;s development mode sends no analytics.</source>
        <translation>Der Entwicklungsmodus der CLI sendet keine Analysedaten.</translation>
    </message>
    <message>
        <source>Only the exact value development switches analytics off.</source>
        <translation>Nur genau der Wert development schaltet die Analyse ab.</translation>
    </message>
    <message>
        <source>false leaves telemetry on.</source>
        <translation>false lässt die Telemetrie an.</translation>
    </message>
    <message>
        <source>0 leaves telemetry on.</source>
        <translation>0 lässt die Telemetrie an.</translation>
    </message>
    <message>
        <source>%1 accepts only 1, true, 0 or false here; with this value every %1 command stops with &quot;Invalid value for environment variable&quot;.</source>
        <translation>%1 akzeptiert hier nur 1, true, 0 oder false; mit diesem Wert bricht jeder %1-Befehl mit „Invalid value for environment variable“ ab.</translation>
    </message>
    <message>
        <source>In Debian&apos;s build exactly 0 switches the checkpoint on (HashiCorp&apos;s own builds read it the other way round).</source>
        <translation>In Debians Build schaltet genau 0 den Checkpoint ein (HashiCorps eigene Builds lesen es umgekehrt).</translation>
    </message>
    <message>
        <source>Debian&apos;s packer collects only with exactly 0; this value leaves it off (HashiCorp&apos;s own builds would read it as off too).</source>
        <translation>Debians packer erfasst nur bei genau 0; dieser Wert lässt ihn aus (HashiCorps eigene Builds würden ihn ebenfalls als aus lesen).</translation>
    </message>
    <message>
        <source>An empty value stops it too.</source>
        <translation>Ein leerer Wert stoppt es ebenfalls.</translation>
    </message>
    <message>
        <source>Only the exact value no stops popularity-contest; %3 takes part.</source>
        <translation>Nur genau der Wert no stoppt popularity-contest; %3 nimmt teil.</translation>
    </message>
    <message>
        <source>%2=&quot;%3&quot; does not stop %1: only the exact value no does. Write %2=&quot;no&quot;.</source>
        <translation>%2=&quot;%3&quot; stoppt %1 nicht: Das tut nur genau der Wert no. Schreiben Sie %2=&quot;no&quot;.</translation>
    </message>
    <message>
        <source>Any value other than no or empty takes part.</source>
        <translation>Jeder Wert außer no oder leer nimmt teil.</translation>
    </message>
    <message>
        <source>Not a boolean %1 understands: the error is swallowed and telemetry is silently off.</source>
        <translation>Kein Boolean, den %1 versteht: Der Fehler wird verschluckt und die Telemetrie ist stillschweigend aus.</translation>
    </message>
    <message>
        <source>%2 = %3 is not a boolean %1 understands, so %1 silently stops collecting. Write no to make the choice explicit.</source>
        <translation>%2 = %3 ist kein Boolean, den %1 versteht, daher hört %1 stillschweigend auf zu erfassen. Schreiben Sie no, um die Wahl eindeutig zu machen.</translation>
    </message>
    <message>
        <source>Telemetry is forbidden in this cloud.</source>
        <translation>In dieser Cloud ist Telemetrie verboten.</translation>
    </message>
    <message>
        <source>This cloud does not change telemetry.</source>
        <translation>Diese Cloud ändert nichts an der Telemetrie.</translation>
    </message>
    <message>
        <source>It prints the raw value without judging it: for a value that is not a boolean (for example maybe) telemetry is silently off.</source>
        <translation>Er gibt den Rohwert aus, ohne ihn zu bewerten: Bei einem Wert, der kein Boolean ist (zum Beispiel maybe), ist die Telemetrie stillschweigend aus.</translation>
    </message>
    <message>
        <source>Next.js collects by default and prints a notice once.</source>
        <translation>Next.js sammelt standardmäßig und zeigt einmal einen Hinweis an.</translation>
    </message>
    <message>
        <source>A project&apos;s .env files can also set it for next dev and next build.</source>
        <translation>Die .env-Dateien eines Projekts können sie auch für next dev und next build setzen.</translation>
    </message>
    <message>
        <source>Prints events instead of sending them.</source>
        <translation>Gibt die Ereignisse aus, statt sie zu senden.</translation>
    </message>
    <message>
        <source>64 random hex characters in config.json (telemetry.anonymousId) sent with every event: it links all your Next.js builds.</source>
        <translation>64 zufällige Hexadezimalzeichen in config.json (telemetry.anonymousId), mit jedem Ereignis gesendet: Sie verknüpfen alle Ihre Next.js-Builds.</translation>
    </message>
    <message>
        <source>after next dev, next build and other commands</source>
        <translation>nach next dev, next build und anderen Befehlen</translation>
    </message>
    <message>
        <source>Nothing from this home; inside Docker or CI Next.js does not read this file, so only NEXT_TELEMETRY_DISABLED switches it off there.</source>
        <translation>Nichts aus diesem Home-Verzeichnis; in Docker oder CI liest Next.js diese Datei nicht, dort schaltet es nur NEXT_TELEMETRY_DISABLED ab.</translation>
    </message>
    <message>
        <source>The documentation says NEXT_TELEMETRY_DISABLED=1; any non-empty value, even 0 or false, switches Next.js telemetry off.</source>
        <translation>Die Dokumentation nennt NEXT_TELEMETRY_DISABLED=1; jeder nicht leere Wert, selbst 0 oder false, schaltet die Telemetrie von Next.js ab.</translation>
    </message>
    <message>
        <source>A config.json that is not valid JSON counts as empty (telemetry on) and is overwritten at the next run.</source>
        <translation>Eine config.json, die kein gültiges JSON ist, gilt als leer (Telemetrie an) und wird beim nächsten Lauf überschrieben.</translation>
    </message>
    <message>
        <source>Also holds telemetry.salt, never sent, which salts the project hash.</source>
        <translation>Enthält auch telemetry.salt, das nie gesendet wird und den Projekt-Hash salzt.</translation>
    </message>
    <message>
        <source>Inside Docker or CI Next.js keeps its settings in the project&apos;s cache folder and does not read this home&apos;s file: set NEXT_TELEMETRY_DISABLED=1 there.</source>
        <translation>In Docker oder CI hält Next.js seine Einstellungen im cache-Ordner des Projekts und liest die Datei in diesem Home-Verzeichnis nicht: Setzen Sie dort NEXT_TELEMETRY_DISABLED=1.</translation>
    </message>
    <message>
        <source>A project&apos;s .env files can set NEXT_TELEMETRY_DISABLED for next dev and next build.</source>
        <translation>Die .env-Dateien eines Projekts können NEXT_TELEMETRY_DISABLED für next dev und next build setzen.</translation>
    </message>
    <message>
        <source>Inside Docker or CI Next.js does not read this file: set NEXT_TELEMETRY_DISABLED=1 there.</source>
        <translation>In Docker oder CI liest Next.js diese Datei nicht: Setzen Sie dort NEXT_TELEMETRY_DISABLED=1.</translation>
    </message>
    <message>
        <source>Astro collects by default, in CI too, and prints a notice on the first interactive run.</source>
        <translation>Astro sammelt standardmäßig, auch in CI, und zeigt beim ersten interaktiven Lauf einen Hinweis an.</translation>
    </message>
    <message>
        <source>An undocumented generic name that Astro also reads.</source>
        <translation>Ein undokumentierter allgemeiner Name, den Astro ebenfalls liest.</translation>
    </message>
    <message>
        <source>With astro:telemetry, astro:* or * events are logged instead of sent.</source>
        <translation>Mit astro:telemetry, astro:* oder * werden Ereignisse protokolliert statt gesendet.</translation>
    </message>
    <message>
        <source>64 random hex characters in config.json (telemetry.anonymousId) sent with every event; in CI the CI&apos;s name is sent instead.</source>
        <translation>64 zufällige Hexadezimalzeichen in config.json (telemetry.anonymousId), mit jedem Ereignis gesendet; in CI wird stattdessen der Name des CI-Dienstes gesendet.</translation>
    </message>
    <message>
        <source>after astro commands</source>
        <translation>nach Astro-Befehlen</translation>
    </message>
    <message>
        <source>The documentation names only ASTRO_TELEMETRY_DISABLED=1; TELEMETRY_DISABLED works too, and any non-empty value, even 0, switches Astro off.</source>
        <translation>Die Dokumentation nennt nur ASTRO_TELEMETRY_DISABLED=1; TELEMETRY_DISABLED wirkt ebenfalls, und jeder nicht leere Wert, selbst 0, schaltet Astro ab.</translation>
    </message>
    <message>
        <source>A config.json that is not valid JSON is rewritten as {} at once, telemetry on; a missing telemetry.enabled is written as true.</source>
        <translation>Eine config.json, die kein gültiges JSON ist, wird sofort als {} neu geschrieben, Telemetrie an; ein fehlendes telemetry.enabled wird als true geschrieben.</translation>
    </message>
    <message>
        <source>CI is no opt-out: Astro still sends, with the CI&apos;s name instead of the id.</source>
        <translation>CI ist kein Opt-out: Astro sendet weiter, mit dem Namen des CI-Dienstes statt der ID.</translation>
    </message>
    <message>
        <source>Nuxt sends nothing until you consent: an interactive nuxi dev asks once and saves the answer.</source>
        <translation>Nuxt sendet nichts, bevor Sie zustimmen: Ein interaktives nuxi dev fragt einmal und speichert die Antwort.</translation>
    </message>
    <message>
        <source>telemetry=true turns Nuxt on past consent and telemetry.enabled.</source>
        <translation>telemetry=true schaltet Nuxt ein, vorbei an Zustimmung und telemetry.enabled.</translation>
    </message>
    <message>
        <source>Only stops Nuxt&apos;s consent question; a saved consent still applies.</source>
        <translation>Unterdrückt nur Nuxts Frage nach Zustimmung; eine gespeicherte Zustimmung gilt weiter.</translation>
    </message>
    <message>
        <source>Prints each event and still sends it.</source>
        <translation>Gibt jedes Ereignis aus und sendet es trotzdem.</translation>
    </message>
    <message>
        <source>Sends the events to another address.</source>
        <translation>Sendet die Ereignisse an eine andere Adresse.</translation>
    </message>
    <message>
        <source>16 random hex characters saved in your .nuxtrc on the first run with consent.</source>
        <translation>16 zufällige Hexadezimalzeichen, beim ersten Lauf mit Zustimmung in Ihrer .nuxtrc gespeichert.</translation>
    </message>
    <message>
        <source>A hash of your project&apos;s git remote made without the seed: for a public repository anyone can tell which project it is.</source>
        <translation>Ein Hash des Git-Remotes Ihres Projekts ohne den Seed: Bei einem öffentlichen Repository kann jeder erkennen, welches Projekt es ist.</translation>
    </message>
    <message>
        <source>during nuxi dev and nuxi build, once you consented</source>
        <translation>während nuxi dev und nuxi build, sobald Sie zugestimmt haben</translation>
    </message>
    <message>
        <source>Nothing; a project&apos;s .nuxtrc or nuxt.config telemetry key still decides inside that project.</source>
        <translation>Nichts; eine .nuxtrc oder der telemetry-Schlüssel der nuxt.config eines Projekts entscheidet weiterhin in diesem Projekt.</translation>
    </message>
    <message>
        <source>The README says the data is not traceable thanks to a hash and seed; the project hash uses no seed.</source>
        <translation>Das README sagt, die Daten seien dank Hash und Seed nicht rückverfolgbar; der Projekt-Hash verwendet keinen Seed.</translation>
    </message>
    <message>
        <source>The README names DO_NOT_TRACK=1; true works too, nothing else does.</source>
        <translation>Das README nennt DO_NOT_TRACK=1; true wirkt ebenfalls, sonst nichts.</translation>
    </message>
    <message>
        <source>Holds the consent and the seed; Nuxt rewrites it whole, without comments, mode 0600.</source>
        <translation>Enthält die Zustimmung und den Seed; Nuxt schreibt sie komplett neu, ohne Kommentare, mit Modus 0600.</translation>
    </message>
    <message>
        <source>A project&apos;s .nuxtrc, its workspace&apos;s .nuxtrc or the telemetry key of nuxt.config beat the files in your home.</source>
        <translation>Die .nuxtrc eines Projekts, die .nuxtrc seines Workspaces oder der telemetry-Schlüssel der nuxt.config haben Vorrang vor den Dateien in Ihrem Home-Verzeichnis.</translation>
    </message>
    <message>
        <source>Nuxt asks for consent only in an interactive terminal outside CI, tests and Docker; elsewhere it stays off.</source>
        <translation>Nuxt fragt nur in einem interaktiven Terminal außerhalb von CI, Tests und Docker nach Zustimmung; anderswo bleibt es aus.</translation>
    </message>
    <message>
        <source>It says enabled whenever nothing disables Nuxt, although without consent nothing is sent; it ignores ~/.config/.nuxtrc and names ~/.nuxtrc even for a file under $XDG_CONFIG_HOME.</source>
        <translation>Er meldet enabled, sobald nichts Nuxt abschaltet, obwohl ohne Zustimmung nichts gesendet wird; er ignoriert ~/.config/.nuxtrc und nennt ~/.nuxtrc auch für eine Datei unter $XDG_CONFIG_HOME.</translation>
    </message>
    <message>
        <source>turbo collects by default; its first run writes a new id and salt and prints a notice.</source>
        <translation>turbo sammelt standardmäßig; sein erster Lauf schreibt eine neue ID und ein Salt und zeigt einen Hinweis an.</translation>
    </message>
    <message>
        <source>Hides only the first-run notice; telemetry stays on.</source>
        <translation>Blendet nur den Hinweis beim ersten Lauf aus; die Telemetrie bleibt an.</translation>
    </message>
    <message>
        <source>Prints each event; whether it is still sent is not known.</source>
        <translation>Gibt jedes Ereignis aus; ob es trotzdem gesendet wird, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Moves the folder that holds turborepo/telemetry.json.</source>
        <translation>Verschiebt den Ordner mit turborepo/telemetry.json.</translation>
    </message>
    <message>
        <source>A random id (a hash of a random salt and a uuid) kept in telemetry.json and sent with every event: it links all your turbo runs.</source>
        <translation>Eine zufällige ID (ein Hash aus einem zufälligen Salt und einer UUID) in telemetry.json, mit jedem Ereignis gesendet: Sie verknüpft alle Ihre turbo-Läufe.</translation>
    </message>
    <message>
        <source>after turbo commands, in batches (exact path not confirmed)</source>
        <translation>nach turbo-Befehlen, gebündelt (genauer Pfad nicht bestätigt)</translation>
    </message>
    <message>
        <source>Nothing from turbo; telemetry.json keeps its id and salt.</source>
        <translation>Nichts von turbo; telemetry.json behält ID und Salt.</translation>
    </message>
    <message>
        <source>turbo&apos;s telemetry document names only TURBO_TELEMETRY_DISABLED=1 and DO_NOT_TRACK=1; true also works, other spellings (TRUE, yes) do not, and TURBO_CONFIG_DIR_PATH is not mentioned.</source>
        <translation>Das Telemetrie-Dokument von turbo nennt nur TURBO_TELEMETRY_DISABLED=1 und DO_NOT_TRACK=1; true wirkt ebenfalls, andere Schreibweisen (TRUE, yes) nicht, und TURBO_CONFIG_DIR_PATH wird nicht erwähnt.</translation>
    </message>
    <message>
        <source>A telemetry.json that is not valid JSON is deleted and rewritten with telemetry on and a new id; one without telemetry_id or telemetry_salt is rejected and nothing is sent.</source>
        <translation>Eine telemetry.json, die kein gültiges JSON ist, wird gelöscht und mit Telemetrie an und einer neuen ID neu geschrieben; eine ohne telemetry_id oder telemetry_salt wird verworfen, und nichts wird gesendet.</translation>
    </message>
    <message>
        <source>Also holds telemetry_salt, never sent, which hashes task and package names.</source>
        <translation>Enthält auch telemetry_salt, das nie gesendet wird und Task- und Paketnamen hasht.</translation>
    </message>
    <message>
        <source>turbo is usually a dependency of a project; every copy reads the same telemetry.json in your home.</source>
        <translation>turbo ist meist eine Abhängigkeit eines Projekts; jede Kopie liest dieselbe telemetry.json in Ihrem Home-Verzeichnis.</translation>
    </message>
    <message>
        <source>turbo telemetry enable switches it on again; a telemetry.json that is not valid JSON is replaced with telemetry on.</source>
        <translation>turbo telemetry enable schaltet sie wieder ein; eine telemetry.json, die kein gültiges JSON ist, wird mit Telemetrie an ersetzt.</translation>
    </message>
    <message>
        <source>Yarn 4 records usage by default, only in a terminal outside CI; Yarn 1 has no telemetry.</source>
        <translation>Yarn 4 zeichnet die Nutzung standardmäßig auf, nur in einem Terminal außerhalb von CI; Yarn 1 hat keine Telemetrie.</translation>
    </message>
    <message>
        <source>Any variable whose lower-cased name is yarn_enable_telemetry counts too.</source>
        <translation>Jede Variable, deren Name in Kleinbuchstaben yarn_enable_telemetry lautet, zählt ebenfalls.</translation>
    </message>
    <message>
        <source>Changes the name of the project rc files; ~/.yarnrc.yml keeps its name.</source>
        <translation>Ändert den Namen der rc-Dateien in Projekten; ~/.yarnrc.yml behält seinen Namen.</translation>
    </message>
    <message>
        <source>An id you chose, recorded with your usage.</source>
        <translation>Eine von Ihnen gewählte ID, mit Ihrer Nutzung aufgezeichnet.</translation>
    </message>
    <message>
        <source>An id you may set yourself (telemetryUserId); it names you in the recorded usage.</source>
        <translation>Eine ID, die Sie selbst setzen können (telemetryUserId); sie benennt Sie in der aufgezeichneten Nutzung.</translation>
    </message>
    <message>
        <source>never in Yarn 4.18.1: its weekly upload code cannot run</source>
        <translation>nie in Yarn 4.18.1: sein wöchentlicher Upload-Code kann nicht laufen</translation>
    </message>
    <message>
        <source>Nothing; already recorded usage stays in telemetry.json until you delete it.</source>
        <translation>Nichts; bereits aufgezeichnete Nutzung bleibt in telemetry.json, bis Sie sie löschen.</translation>
    </message>
    <message>
        <source>Yarn records usage in telemetry.json but its upload code is unreachable: nothing has been sent.</source>
        <translation>Yarn zeichnet die Nutzung in telemetry.json auf, aber sein Upload-Code ist unerreichbar: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The documentation says reports are sent weekly; Yarn 4.18.1 collects them in telemetry.json and its upload loop never runs.</source>
        <translation>Die Dokumentation sagt, Berichte würden wöchentlich gesendet; Yarn 4.18.1 sammelt sie in telemetry.json, und seine Upload-Schleife läuft nie.</translation>
    </message>
    <message>
        <source>yarn config set --home sorts keys, drops comments and adds blank lines; Telemetry Lens edits the one line.</source>
        <translation>yarn config set --home sortiert die Schlüssel, entfernt Kommentare und fügt Leerzeilen ein; Telemetry Lens ändert nur die eine Zeile.</translation>
    </message>
    <message>
        <source>Usage collected for the weekly report: command names, plugin names, hit counts, hashed project paths. Never uploaded by Yarn 4.18.1.</source>
        <translation>Für den wöchentlichen Bericht gesammelte Nutzung: Befehlsnamen, Plugin-Namen, Zähler, gehashte Projektpfade. Von Yarn 4.18.1 nie hochgeladen.</translation>
    </message>
    <message>
        <source>Yarn records usage only when its output is a terminal.</source>
        <translation>Yarn zeichnet die Nutzung nur auf, wenn seine Ausgabe ein Terminal ist.</translation>
    </message>
    <message>
        <source>In CI Yarn records nothing.</source>
        <translation>In CI zeichnet Yarn nichts auf.</translation>
    </message>
    <message>
        <source>A .yarnrc.yml in a project or any folder above it beats the one in your home.</source>
        <translation>Eine .yarnrc.yml in einem Projekt oder einem Ordner darüber hat Vorrang vor der in Ihrem Home-Verzeichnis.</translation>
    </message>
    <message>
        <source>A project&apos;s .yarnrc.yml with enableTelemetry: true still switches it on inside that project.</source>
        <translation>Die .yarnrc.yml eines Projekts mit enableTelemetry: true schaltet sie in diesem Projekt trotzdem ein.</translation>
    </message>
    <message>
        <source>It shows only the setting, not that Yarn records only in a terminal outside CI, nor that nothing is ever uploaded.</source>
        <translation>Er zeigt nur die Einstellung, weder dass Yarn nur in einem Terminal außerhalb von CI aufzeichnet, noch dass nie etwas hochgeladen wird.</translation>
    </message>
    <message>
        <source>The Ionic CLI sends metrics for every command run in a terminal outside CI, unless its config says exactly false.</source>
        <translation>Die Ionic CLI sendet Metriken für jeden in einem Terminal außerhalb von CI ausgeführten Befehl, außer ihre Konfiguration sagt genau false.</translation>
    </message>
    <message>
        <source>Moves the folder that holds config.json.</source>
        <translation>Verschiebt den Ordner mit config.json.</translation>
    </message>
    <message>
        <source>A random uuid in config.json (tokens.telemetry) sent as the session id of every metric.</source>
        <translation>Eine zufällige UUID in config.json (tokens.telemetry), als Sitzungs-ID jeder Metrik gesendet.</translation>
    </message>
    <message>
        <source>When you are logged in, every metric carries your account&apos;s bearer token: it names your Ionic account.</source>
        <translation>Wenn Sie angemeldet sind, trägt jede Metrik das Bearer-Token Ihres Kontos: Es benennt Ihr Ionic-Konto.</translation>
    </message>
    <message>
        <source>after each command, from a helper process</source>
        <translation>nach jedem Befehl, aus einem Hilfsprozess</translation>
    </message>
    <message>
        <source>Nothing: with telemetry false the helper process is not started.</source>
        <translation>Nichts: Mit telemetry false wird der Hilfsprozess nicht gestartet.</translation>
    </message>
    <message>
        <source>ionic config set telemetry looks like a boolean switch, but only the JSON boolean false stops the metrics: &quot;false&quot;, 0 or null still send.</source>
        <translation>ionic config set telemetry wirkt wie ein boolescher Schalter, aber nur das JSON-false stoppt die Metriken: &quot;false&quot;, 0 oder null senden weiter.</translation>
    </message>
    <message>
        <source>A config.json that is not valid JSON is silently replaced with the defaults, telemetry on.</source>
        <translation>Eine config.json, die kein gültiges JSON ist, wird stillschweigend durch die Standardwerte ersetzt, Telemetrie an.</translation>
    </message>
    <message>
        <source>Also holds the login token (tokens.user), which is never shown.</source>
        <translation>Enthält auch das Anmeldetoken (tokens.user), das nie angezeigt wird.</translation>
    </message>
    <message>
        <source>The log of the helper process that sends the metrics.</source>
        <translation>Das Protokoll des Hilfsprozesses, der die Metriken sendet.</translation>
    </message>
    <message>
        <source>Metrics are sent only when the command runs in a terminal.</source>
        <translation>Metriken werden nur gesendet, wenn der Befehl in einem Terminal läuft.</translation>
    </message>
    <message>
        <source>In CI the Ionic CLI sends nothing.</source>
        <translation>In CI sendet die Ionic CLI nichts.</translation>
    </message>
    <message>
        <source>It prints the raw value: &quot;false&quot;, 0 or null look off, but the Ionic CLI still sends; only the JSON boolean false stops it.</source>
        <translation>Er gibt den rohen Wert aus: &quot;false&quot;, 0 oder null wirken ausgeschaltet, aber die Ionic CLI sendet weiter; nur das JSON-false stoppt sie.</translation>
    </message>
    <message>
        <source>%1 honours only exactly 1 or true here; this value is ignored.</source>
        <translation>%1 beachtet hier nur genau 1 oder true; dieser Wert wird ignoriert.</translation>
    </message>
    <message>
        <source>Only the JSON boolean false switches %1 off; this value leaves it on.</source>
        <translation>Nur das JSON-false schaltet %1 ab; dieser Wert lässt es an.</translation>
    </message>
    <message>
        <source>%2 is %3, which %1 does not take as false: telemetry stays on. Write the JSON boolean false, without quotes.</source>
        <translation>%2 ist %3, was %1 nicht als false versteht: Die Telemetrie bleibt an. Schreiben Sie das JSON-false ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>%1 cannot read this value, rejects the whole file and sends nothing.</source>
        <translation>%1 kann diesen Wert nicht lesen, verwirft die ganze Datei und sendet nichts.</translation>
    </message>
    <message>
        <source>%2 is %3, which %1 cannot read: it rejects its telemetry file and sends nothing, but a repaired file switches telemetry on again. Write false.</source>
        <translation>%2 ist %3, was %1 nicht lesen kann: Es verwirft seine Telemetriedatei und sendet nichts, aber eine reparierte Datei schaltet die Telemetrie wieder ein. Schreiben Sie false.</translation>
    </message>
    <message>
        <source>An empty value: %1 stops with &quot;Non-nullable configuration settings cannot be set to null&quot;.</source>
        <translation>Ein leerer Wert: %1 bricht ab mit &quot;Non-nullable configuration settings cannot be set to null&quot;.</translation>
    </message>
    <message>
        <source>%1 accepts exactly true, 1, false or 0 here; this value makes every yarn command fail.</source>
        <translation>%1 akzeptiert hier genau true, 1, false oder 0; dieser Wert lässt jeden yarn-Befehl scheitern.</translation>
    </message>
    <message>
        <source>A quoted string, not the boolean false: it does not switch %1 off.</source>
        <translation>Eine Zeichenkette in Anführungszeichen, nicht das boolesche false: Sie schaltet %1 nicht ab.</translation>
    </message>
    <message>
        <source>%2=%3 is a quoted string, which %1 does not take as false. Write %2=false without quotes.</source>
        <translation>%2=%3 ist eine Zeichenkette in Anführungszeichen, die %1 nicht als false versteht. Schreiben Sie %2=false ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>Only false switches %1 off here; this value does not decide.</source>
        <translation>Nur false schaltet %1 hier ab; dieser Wert entscheidet nicht.</translation>
    </message>
    <message>
        <source>Turns %1 on, past its consent question and telemetry.enabled.</source>
        <translation>Schaltet %1 ein, vorbei an seiner Frage nach Zustimmung und telemetry.enabled.</translation>
    </message>
    <message>
        <source>Only true or false decide here; this value is ignored.</source>
        <translation>Nur true oder false entscheiden hier; dieser Wert wird ignoriert.</translation>
    </message>
    <message>
        <source>Angular&apos;s analytics are opt-in: an interactive ng command asks once (default No) and saves the answer; without a terminal or in CI it never asks and sends nothing.</source>
        <translation>Die Analysen von Angular sind freiwillig: Ein interaktiver ng-Befehl fragt einmal (Vorgabe Nein) und speichert die Antwort; ohne Terminal oder in CI fragt er nie und sendet nichts.</translation>
    </message>
    <message>
        <source>The first global file that exists is the only one read; a project&apos;s angular.json decides inside that project unless this one says false.</source>
        <translation>Nur die erste vorhandene globale Datei wird gelesen; die angular.json eines Projekts entscheidet in diesem Projekt, außer diese Datei sagt false.</translation>
    </message>
    <message>
        <source>Makes ng treat its output as a terminal, so it may ask the analytics question.</source>
        <translation>Lässt ng seine Ausgabe als Terminal behandeln, sodass es die Analyse-Frage stellen kann.</translation>
    </message>
    <message>
        <source>The user id in cli.analytics: a random UUID sent to Google Analytics as both client id and user id with every command, for as long as the file keeps it.</source>
        <translation>Die Nutzerkennung in cli.analytics: eine zufällige UUID, die bei jedem Befehl als Client- und Nutzerkennung an Google Analytics geht, solange die Datei sie enthält.</translation>
    </message>
    <message>
        <source>after each ng command once you agreed (Google Analytics 4, measurement G-VETNJBW8L4)</source>
        <translation>nach jedem ng-Befehl, sobald Sie zugestimmt haben (Google Analytics 4, Messung G-VETNJBW8L4)</translation>
    </message>
    <message>
        <source>Nothing: with cli.analytics set to false ng sends no analytics. A project&apos;s angular.json cannot switch them back on.</source>
        <translation>Nichts: Mit cli.analytics auf false sendet ng keine Analysen. Die angular.json eines Projekts kann sie nicht wieder einschalten.</translation>
    </message>
    <message>
        <source>The prompt calls the data pseudonymous; the user id is a persistent Google Analytics user id.</source>
        <translation>Die Frage nennt die Daten pseudonym; die Nutzerkennung ist eine dauerhafte Google-Analytics-Nutzerkennung.</translation>
    </message>
    <message>
        <source>ng analytics info&apos;s Global setting line does not match what ng does for true, &quot;&quot; and {&quot;uid&quot;: ...}.</source>
        <translation>Die Zeile „Global setting“ von ng analytics info passt bei true, &quot;&quot; und {&quot;uid&quot;: ...} nicht zu dem, was ng tut.</translation>
    </message>
    <message>
        <source>Without an answer saved, ng asks only in an interactive terminal; CI=1 or true means no terminal.</source>
        <translation>Ohne gespeicherte Antwort fragt ng nur in einem interaktiven Terminal; CI=1 oder true bedeutet kein Terminal.</translation>
    </message>
    <message>
        <source>Inside a workspace its angular.json&apos;s cli.analytics decides, unless the global file says false.</source>
        <translation>In einem Workspace entscheidet cli.analytics in dessen angular.json, außer die globale Datei sagt false.</translation>
    </message>
    <message>
        <source>Telemetry Lens writes the global file ng reads first; without one it creates ~/.angular-config.json as ng analytics disable --global does.</source>
        <translation>Telemetry Lens schreibt die globale Datei, die ng zuerst liest; gibt es keine, legt es ~/.angular-config.json an wie ng analytics disable --global.</translation>
    </message>
    <message>
        <source>Its &quot;Global setting&quot; line is wrong: true and &quot;&quot; show enabled while nothing is sent, and {&quot;uid&quot;: ...} shows not set while analytics are on. Only &quot;Effective status&quot; is right.</source>
        <translation>Seine Zeile „Global setting“ ist falsch: true und &quot;&quot; zeigen enabled, obwohl nichts gesendet wird, und {&quot;uid&quot;: ...} zeigt not set, obwohl Analysen laufen. Nur „Effective status“ stimmt.</translation>
    </message>
    <message>
        <source>Wrangler collects by default: its first run saves permission.enabled: true with the date and a device id.</source>
        <translation>Wrangler sammelt standardmäßig: Der erste Lauf speichert permission.enabled: true mit Datum und einer Gerätekennung.</translation>
    </message>
    <message>
        <source>Checked first; a bad WRANGLER_SEND_METRICS is then not even read.</source>
        <translation>Wird zuerst geprüft; ein ungültiges WRANGLER_SEND_METRICS wird dann gar nicht gelesen.</translation>
    </message>
    <message>
        <source>The legacy folder ~/.wrangler wins over the XDG one whenever it exists.</source>
        <translation>Der alte Ordner ~/.wrangler hat Vorrang vor dem XDG-Ordner, sobald er existiert.</translation>
    </message>
    <message>
        <source>Separate error reports; off unless set to true.</source>
        <translation>Getrennte Fehlerberichte; aus, außer auf true gesetzt.</translation>
    </message>
    <message>
        <source>A random id in metrics.json (deviceId) sent with every event; it stays when you opt out.</source>
        <translation>Eine zufällige Kennung in metrics.json (deviceId), die mit jedem Ereignis gesendet wird; sie bleibt nach dem Abschalten erhalten.</translation>
    </message>
    <message>
        <source>Nothing; the debug logs in logs/ are still written locally.</source>
        <translation>Nichts; die Debug-Protokolle in logs/ werden weiterhin lokal geschrieben.</translation>
    </message>
    <message>
        <source>The command-line hint says WRANGLER_SEND_METRICS=true/false; any other value, even 0 or 1, stops every command.</source>
        <translation>Der Hinweis der Kommandozeile nennt WRANGLER_SEND_METRICS=true/false; jeder andere Wert, auch 0 oder 1, bricht jeden Befehl ab.</translation>
    </message>
    <message>
        <source>Debug logs of every command.</source>
        <translation>Debug-Protokolle jedes Befehls.</translation>
    </message>
    <message>
        <source>A project&apos;s wrangler.toml or wrangler.json send_metrics decides for commands run there, after the variables and before metrics.json.</source>
        <translation>send_metrics in der wrangler.toml oder wrangler.json eines Projekts entscheidet für Befehle dort, nach den Variablen und vor metrics.json.</translation>
    </message>
    <message>
        <source>Wrangler keeps enabled: false only next to a current date; Telemetry Lens writes both, as wrangler telemetry disable does.</source>
        <translation>Wrangler behält enabled: false nur neben einem aktuellen Datum; Telemetry Lens schreibt beides, wie wrangler telemetry disable.</translation>
    </message>
    <message>
        <source>It prints Enabled for &quot;enabled&quot;: null, which Wrangler treats as off, and it first resets an undated false to true.</source>
        <translation>Er zeigt Enabled für &quot;enabled&quot;: null, was Wrangler als aus behandelt, und setzt ein undatiertes false zuerst auf true zurück.</translation>
    </message>
    <message>
        <source>Capacitor collects by default: with no answer saved, its first successful interactive command saves telemetry: true and sends.</source>
        <translation>Capacitor sammelt standardmäßig: Ohne gespeicherte Antwort speichert der erste erfolgreiche interaktive Befehl telemetry: true und sendet.</translation>
    </message>
    <message>
        <source>A random id in sysconfig.json sent as session_id with every event; it stays when you opt out.</source>
        <translation>Eine zufällige Kennung in sysconfig.json, die bei jedem Ereignis als session_id gesendet wird; sie bleibt nach dem Abschalten erhalten.</translation>
    </message>
    <message>
        <source>Sends only when standard input, output and error are all terminals.</source>
        <translation>Sendet nur, wenn Standardeingabe, -ausgabe und -fehlerausgabe alle Terminals sind.</translation>
    </message>
    <message>
        <source>Sends nothing when CI, BUILD_ID, BUILD_NUMBER, BITBUCKET_COMMIT, CODEBUILD_BUILD_ARN or GITHUB_ACTIONS is non-empty.</source>
        <translation>Sendet nichts, wenn CI, BUILD_ID, BUILD_NUMBER, BITBUCKET_COMMIT, CODEBUILD_BUILD_ARN oder GITHUB_ACTIONS nicht leer ist.</translation>
    </message>
    <message>
        <source>With nothing saved it says telemetry is off, while the next interactive command switches it on.</source>
        <translation>Ohne gespeicherten Wert meldet er Telemetrie als aus, während der nächste interaktive Befehl sie einschaltet.</translation>
    </message>
    <message>
        <source>Firebase&apos;s usage reports are opt-in: firebase login asks and saves the answer as usage.</source>
        <translation>Die Nutzungsberichte von Firebase sind freiwillig: firebase login fragt und speichert die Antwort als usage.</translation>
    </message>
    <message>
        <source>The same file holds your login tokens; Telemetry Lens never shows them.</source>
        <translation>Dieselbe Datei enthält Ihre Anmelde-Token; Telemetry Lens zeigt sie nie an.</translation>
    </message>
    <message>
        <source>The MCP server mode also sends usage reports when usage is on.</source>
        <translation>Auch der MCP-Servermodus sendet Nutzungsberichte, wenn usage an ist.</translation>
    </message>
    <message>
        <source>A random Google Analytics client id (analytics-uuid) sent with every report; it stays when you opt out.</source>
        <translation>Eine zufällige Google-Analytics-Client-Kennung (analytics-uuid), die mit jedem Bericht gesendet wird; sie bleibt nach dem Abschalten erhalten.</translation>
    </message>
    <message>
        <source>after commands and emulator use, once usage is on</source>
        <translation>nach Befehlen und Emulator-Nutzung, sobald usage an ist</translation>
    </message>
    <message>
        <source>Nothing from the CLI; the VS Code extension&apos;s session is said to ignore usage (not verified).</source>
        <translation>Nichts aus der CLI; die Sitzung der VS-Code-Erweiterung soll usage ignorieren (nicht überprüft).</translation>
    </message>
    <message>
        <source>Also holds your login tokens and e-mail address.</source>
        <translation>Enthält auch Ihre Anmelde-Token und E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Firebase has no disable command; firebase logout also removes usage together with the login.</source>
        <translation>Firebase hat keinen Abschaltbefehl; firebase logout entfernt usage zusammen mit der Anmeldung.</translation>
    </message>
    <message>
        <source>EAS collects by default.</source>
        <translation>EAS sammelt standardmäßig.</translation>
    </message>
    <message>
        <source>A random Rudderstack anonymous id (analyticsDeviceId) sent with every event; eas analytics off creates it too.</source>
        <translation>Eine zufällige anonyme Rudderstack-Kennung (analyticsDeviceId), die mit jedem Ereignis gesendet wird; auch eas analytics off legt sie an.</translation>
    </message>
    <message>
        <source>after eas commands</source>
        <translation>nach eas-Befehlen</translation>
    </message>
    <message>
        <source>The login session EAS shares with Expo.</source>
        <translation>Die Anmeldesitzung, die EAS mit Expo teilt.</translation>
    </message>
    <message>
        <source>With nothing saved it says analytics are disabled, while EAS sends them.</source>
        <translation>Ohne gespeicherten Wert meldet er die Analysen als abgeschaltet, während EAS sie sendet.</translation>
    </message>
    <message>
        <source>Netlify collects by default, outside CI.</source>
        <translation>Netlify sammelt standardmäßig, außerhalb von CI.</translation>
    </message>
    <message>
        <source>The legacy file is read only as defaults under the current one, which Netlify rewrites with the merged result at every start.</source>
        <translation>Die alte Datei dient nur als Vorgabe unter der aktuellen, die Netlify bei jedem Start mit dem zusammengeführten Ergebnis neu schreibt.</translation>
    </message>
    <message>
        <source>A random id (cliId) sent as the anonymous id with every event; it stays when you opt out.</source>
        <translation>Eine zufällige Kennung (cliId), die mit jedem Ereignis als anonyme Kennung gesendet wird; sie bleibt nach dem Abschalten erhalten.</translation>
    </message>
    <message>
        <source>Your Netlify account id, sent as userId once you logged in; identify events also send your name and e-mail address.</source>
        <translation>Ihre Netlify-Kontokennung, nach der Anmeldung als userId gesendet; identify-Ereignisse senden auch Namen und E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>In CI (as ci-info detects it) Netlify sends nothing.</source>
        <translation>In CI (wie ci-info es erkennt) sendet Netlify nichts.</translation>
    </message>
    <message>
        <source>Vercel&apos;s CLI collects by default.</source>
        <translation>Die CLI von Vercel sammelt standardmäßig.</translation>
    </message>
    <message>
        <source>The first of these folders that exists is Vercel&apos;s; --global-config moves it for one run.</source>
        <translation>Der erste dieser Ordner, der existiert, ist der von Vercel; --global-config verlegt ihn für einen Lauf.</translation>
    </message>
    <message>
        <source>When set, Vercel also looks for com.vercel.cli and now folders there.</source>
        <translation>Wenn gesetzt, sucht Vercel auch dort nach Ordnern com.vercel.cli und now.</translation>
    </message>
    <message>
        <source>A random id in telemetry-device.json sent with every event.</source>
        <translation>Eine zufällige Kennung in telemetry-device.json, die mit jedem Ereignis gesendet wird.</translation>
    </message>
    <message>
        <source>Events carry your user, team and project ids once you are logged in.</source>
        <translation>Nach der Anmeldung tragen die Ereignisse Ihre Nutzer-, Team- und Projektkennungen.</translation>
    </message>
    <message>
        <source>Your login token.</source>
        <translation>Ihr Anmelde-Token.</translation>
    </message>
    <message>
        <source>It reads only the config file: with VERCEL_TELEMETRY_DISABLED set it still prints Enabled.</source>
        <translation>Er liest nur die Konfigurationsdatei: Mit gesetztem VERCEL_TELEMETRY_DISABLED zeigt er trotzdem Enabled.</translation>
    </message>
    <message>
        <source>Only 0 or false (any case) switch Angular&apos;s analytics off; 1 or true do not switch them on.</source>
        <translation>Nur 0 oder false (beliebige Schreibung) schalten die Analysen von Angular ab; 1 oder true schalten sie nicht ein.</translation>
    </message>
    <message>
        <source>Wrangler honours only 1 or true (any case) here; this value is ignored.</source>
        <translation>Wrangler beachtet hier nur 1 oder true (beliebige Schreibung); dieser Wert wird ignoriert.</translation>
    </message>
    <message>
        <source>Wrangler accepts only true or false here; any other value, even empty, 0 or 1, stops every command with an error.</source>
        <translation>Wrangler akzeptiert hier nur true oder false; jeder andere Wert, auch leer, 0 oder 1, bricht jeden Befehl mit einem Fehler ab.</translation>
    </message>
    <message>
        <source>Any non-empty value switches it off, even 0 or false.</source>
        <translation>Jeder nicht leere Wert schaltet ab, auch 0 oder false.</translation>
    </message>
    <message>
        <source>%2=%3 switches %1 off, and the next eas command also writes &quot;analyticsEnabled&quot;: false into its settings file: removing %2 later does not switch analytics back on.</source>
        <translation>%2=%3 schaltet %1 ab, und der nächste eas-Befehl schreibt zusätzlich &quot;analyticsEnabled&quot;: false in seine Einstellungsdatei: Wird %2 später entfernt, bleiben die Analysen aus.</translation>
    </message>
    <message>
        <source>With a proxy in the lower-case https_proxy EAS sends no analytics; HTTPS_PROXY does not count.</source>
        <translation>Mit einem Proxy in der kleingeschriebenen https_proxy sendet EAS keine Analysen; HTTPS_PROXY zählt nicht.</translation>
    </message>
    <message>
        <source>tool %1 has an invalid files_matching expression</source>
        <translation>Werkzeug %1 hat einen ungültigen files_matching-Ausdruck</translation>
    </message>
    <message>
        <source>the opt-out file of %1 has an &quot;also&quot; without a path or a valid files_matching</source>
        <translation>die Abmeldedatei von %1 hat ein „also“ ohne Pfad oder gültiges files_matching</translation>
    </message>
    <message>
        <source>The server keeps a machine&apos;s report for at most 20 days or until the next one, so stopping the reports lets it expire.</source>
        <translation>Der Server behält den Bericht eines Rechners höchstens 20 Tage oder bis zum nächsten; wer keine Berichte mehr sendet, lässt ihn verfallen.</translation>
    </message>
    <message>
        <source>Every file ending in .conf in this folder, read in name order after /etc/popularity-contest.conf (run-parts --list --regex &apos;\.conf$&apos;): the last that sets PARTICIPATE wins.</source>
        <translation>Jede Datei auf .conf in diesem Ordner, nach /etc/popularity-contest.conf in Namensreihenfolge gelesen (run-parts --list --regex &apos;\.conf$&apos;): die letzte, die PARTICIPATE setzt, gilt.</translation>
    </message>
    <message>
        <source>A permanent random id of this machine (MY_HOSTID), sent with every weekly report: it links all reports of this computer, with the list of every installed package and when it was last used. It also lets anyone who knows it send reports in this machine&apos;s name, so Debian asks to keep it secret and Telemetry Lens does not show it.</source>
        <translation>Eine dauerhafte zufällige Kennung dieses Rechners (MY_HOSTID), mit jedem wöchentlichen Bericht gesendet: Sie verknüpft alle Berichte dieses Computers mit der Liste aller installierten Pakete und wann sie zuletzt benutzt wurden. Wer sie kennt, kann außerdem Berichte im Namen dieses Rechners senden; daher bittet Debian, sie geheim zu halten, und Telemetry Lens zeigt sie nicht an.</translation>
    </message>
    <message>
        <source>A telemetry=true or telemetry.enabled=true in ~/.config/.nuxtrc beats this file; the opt-out then also sets NUXT_TELEMETRY_DISABLED=1, which Nuxt reads first.</source>
        <translation>Ein telemetry=true oder telemetry.enabled=true in ~/.config/.nuxtrc hat Vorrang vor dieser Datei; die Abmeldung setzt dann zusätzlich NUXT_TELEMETRY_DISABLED=1, das Nuxt zuerst liest.</translation>
    </message>
    <message>
        <source>tool %1 has the default %2; it must be enabled or disabled</source>
        <translation>Werkzeug %1 hat den Standard %2; er muss enabled oder disabled sein</translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <source>%1 now leads to %2 instead of %3; it was left unchanged. Plan again.</source>
        <translation>%1 führt jetzt zu %2 statt zu %3; die Datei wurde nicht geändert. Planen Sie erneut.</translation>
    </message>
    <message>
        <source>%1 leads to %2, outside %3; it was left unchanged.</source>
        <translation>%1 führt zu %2, außerhalb von %3; die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 was created, removed or replaced since the plan was made; it was left unchanged. Plan again.</source>
        <translation>%1 wurde seit der Planung erstellt, entfernt oder ersetzt; die Datei wurde nicht geändert. Planen Sie erneut.</translation>
    </message>
    <message>
        <source>%1 changed since the plan was made; it was left unchanged. Plan again.</source>
        <translation>%1 hat sich seit der Planung geändert; die Datei wurde nicht geändert. Planen Sie erneut.</translation>
    </message>
    <message>
        <source>%1 is read-only; it was left unchanged. Make it writable if you want Telemetry Lens to change it.</source>
        <translation>%1 ist schreibgeschützt; die Datei wurde nicht geändert. Machen Sie sie beschreibbar, wenn Telemetry Lens sie ändern soll.</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created: %2 is not a folder.</source>
        <translation>Der Ordner für %1 kann nicht erstellt werden: %2 ist kein Ordner.</translation>
    </message>
    <message>
        <source>The backup of %1 could not be written to %2 (%3); nothing was changed.</source>
        <translation>Die Sicherung von %1 konnte nicht nach %2 geschrieben werden (%3); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>it did not read back as written</source>
        <translation>der zurückgelesene Inhalt weicht vom geschriebenen ab</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 written.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>%1 is no longer a plain file at %2; it was left alone.</source>
        <translation>%1 ist keine gewöhnliche Datei mehr unter %2; sie wurde nicht angetastet.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); it was left alone.</source>
        <translation>%1 konnte nicht gelesen werden (%2); die Datei wurde nicht angetastet.</translation>
    </message>
    <message>
        <source>%1 already has its previous content.</source>
        <translation>%1 hat bereits wieder den vorherigen Inhalt.</translation>
    </message>
    <message>
        <source>%1 was changed by something else after %2, so it was not restored. Its previous content is kept in %3; copy it back by hand if you want it.</source>
        <translation>%1 wurde nach %2 von etwas anderem geändert und daher nicht wiederhergestellt. Der vorherige Inhalt liegt in %3; kopieren Sie ihn bei Bedarf von Hand zurück.</translation>
    </message>
    <message>
        <source>(none: the file did not exist)</source>
        <translation>(keine: die Datei existierte nicht)</translation>
    </message>
    <message>
        <source>The backup of %1 (%2) is missing or damaged, so it was not restored.</source>
        <translation>Die Sicherung von %1 (%2) fehlt oder ist beschädigt und wurde daher nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 is read-only now; make it writable and run undo again.</source>
        <translation>%1 ist jetzt schreibgeschützt; machen Sie die Datei beschreibbar und führen Sie undo erneut aus.</translation>
    </message>
    <message>
        <source>%1 could not be restored (%2); run undo again once that is fixed.</source>
        <translation>%1 konnte nicht wiederhergestellt werden (%2); führen Sie undo erneut aus, sobald das behoben ist.</translation>
    </message>
    <message>
        <source>%1 did not read back as its previous content after restoring; check it by hand.</source>
        <translation>%1 hatte nach dem Wiederherstellen nicht den vorherigen Inhalt; prüfen Sie die Datei von Hand.</translation>
    </message>
    <message>
        <source>%1 could not be removed (%2).</source>
        <translation>%1 konnte nicht entfernt werden (%2).</translation>
    </message>
    <message>
        <source>%1 restored.</source>
        <translation>%1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 was not written: the change was interrupted before it.</source>
        <translation>%1 wurde nicht geschrieben: Die Änderung wurde vorher unterbrochen.</translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <source>interrupted while applying</source>
        <translation>beim Anwenden unterbrochen</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>partly applied</source>
        <translation>teilweise angewendet</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>partly undone</source>
        <translation>teilweise rückgängig gemacht</translation>
    </message>
    <message>
        <source>not confirmed written</source>
        <translation>Schreiben unbestätigt</translation>
    </message>
    <message>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>nicht geschrieben</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>changed since; left alone</source>
        <translation>seitdem geändert; nicht angetastet</translation>
    </message>
    <message>
        <source>The folder %1 could not be created; check its permissions.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden; prüfen Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <source>The change journal %1 could not be written (%2); nothing was changed.</source>
        <translation>Das Änderungsprotokoll %1 konnte nicht geschrieben werden (%2); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The change journal %1 is damaged and was skipped.</source>
        <translation>Das Änderungsprotokoll %1 ist beschädigt und wurde übersprungen.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No account of yours exists in %1/etc/passwd. Name the account with --home (for example --home /home/alice), or use audit --all-users.</source>
        <translation>In %1/etc/passwd existiert kein Konto von Ihnen. Geben Sie das Konto mit --home an (zum Beispiel --home /home/alice) oder verwenden Sie audit --all-users.</translation>
    </message>
    <message>
        <source>No account was found to examine. Name it with --home PATH.</source>
        <translation>Es wurde kein Konto zum Untersuchen gefunden. Geben Sie es mit --home PATH an.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another --output path.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Pfad für --output.</translation>
    </message>
    <message>
        <source>Show each tool&apos;s telemetry state for your account, and why.</source>
        <translation>Den Telemetrie-Zustand jedes Werkzeugs für Ihr Konto anzeigen, samt Begründung.</translation>
    </message>
    <message>
        <source>Print the result as JSON (schema_version 1).</source>
        <translation>Das Ergebnis als JSON ausgeben (schema_version 1).</translation>
    </message>
    <message>
        <source>status takes no arguments, only options.</source>
        <translation>status nimmt keine Argumente an, nur Optionen.</translation>
    </message>
    <message>
        <source>Report on the accounts of a machine and its machine-wide telemetry data.</source>
        <translation>Bericht über die Konten eines Rechners und seine rechnerweiten Telemetriedaten.</translation>
    </message>
    <message>
        <source>Every account with a home directory (from /etc/passwd, else /home/*).</source>
        <translation>Jedes Konto mit einem Home-Ordner (aus /etc/passwd, sonst /home/*).</translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>Ausgabeformat: %1.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of standard output.</source>
        <translation>Den Bericht nach FILE statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Exit with status 1 when any tool is collecting.</source>
        <translation>Mit Status 1 beenden, wenn ein Werkzeug Daten erfasst.</translation>
    </message>
    <message>
        <source>Same as --format json.</source>
        <translation>Wie --format json.</translation>
    </message>
    <message>
        <source>audit takes no arguments, only options.</source>
        <translation>audit nimmt keine Argumente an, nur Optionen.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use one of %2.</source>
        <translation>unbekanntes Format „%1“; verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <source>Show one tool in detail: every input in precedence order, stored reports, identifiers, and what it would send.</source>
        <translation>Ein Werkzeug im Detail anzeigen: alle Eingaben nach Vorrang, gespeicherte Berichte, Kennungen und was es senden würde.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Eines von: %1.</translation>
    </message>
    <message>
        <source>List what was sent: the stored reports.</source>
        <translation>Auflisten, was gesendet wurde: die gespeicherten Berichte.</translation>
    </message>
    <message>
        <source>Show the next report this machine would send, and what is still sent after opting out.</source>
        <translation>Den nächsten Bericht anzeigen, den dieser Rechner senden würde, und was nach dem Abschalten weiterhin gesendet wird.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>name exactly one tool: %1.</source>
        <translation>geben Sie genau ein Werkzeug an: %1.</translation>
    </message>
    <message>
        <source>unknown tool &quot;%1&quot;; use one of %2.</source>
        <translation>unbekanntes Werkzeug „%1“; verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <source>Report on every account and the machine (text, JSON, CSV or HTML).</source>
        <translation>Bericht über alle Konten und den Rechner (Text, JSON, CSV oder HTML).</translation>
    </message>
    <message>
        <source>Show one tool in detail: inputs, stored reports, what it would send.</source>
        <translation>Ein Werkzeug im Detail anzeigen: Eingaben, gespeicherte Berichte, was es senden würde.</translation>
    </message>
    <message>
        <source>Draft, send and record a request to delete a tool&apos;s telemetry data.</source>
        <translation>Einen Antrag auf Löschung der Telemetriedaten eines Werkzeugs entwerfen, senden und festhalten.</translation>
    </message>
    <message>
        <source>List deletion requests and their deadlines; --retry sends queued ones.</source>
        <translation>Löschanträge und ihre Fristen auflisten; --retry sendet wartende Anträge.</translation>
    </message>
    <message>
        <source>Usage: telemetry-lens [COMMAND] [OPTIONS]</source>
        <translation>Aufruf: telemetry-lens [BEFEHL] [OPTIONEN]</translation>
    </message>
    <message>
        <source>Telemetry Lens finds the telemetry settings and records of developer tools (Ray, Skyplane, MLflow, Rasa), explains each tool&apos;s real state, switches collection off, and drafts deletion requests.</source>
        <translation>Telemetry Lens findet die Telemetrie-Einstellungen und -Aufzeichnungen von Entwicklerwerkzeugen (Ray, Skyplane, MLflow, Rasa), erklärt den tatsächlichen Zustand jedes Werkzeugs, schaltet die Erfassung ab und entwirft Löschanträge.</translation>
    </message>
    <message>
        <source>Without a command, the dashboard window opens (--demo opens the embedded sample workstation).</source>
        <translation>Ohne Befehl öffnet sich das Dashboard-Fenster (--demo öffnet den eingebetteten Beispielrechner).</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options every command takes:</source>
        <translation>Optionen für alle Befehle:</translation>
    </message>
    <message>
        <source>Treat DIR as the filesystem root (a mounted disk or container image).</source>
        <translation>DIR als Wurzel des Dateisystems verwenden (ein eingehängtes Laufwerk oder Container-Abbild).</translation>
    </message>
    <message>
        <source>Examine the account whose home is PATH inside the root.</source>
        <translation>Das Konto untersuchen, dessen Home-Ordner PATH innerhalb der Wurzel ist.</translation>
    </message>
    <message>
        <source>Language of the output (en, de, fr).</source>
        <translation>Sprache der Ausgabe (en, de, fr).</translation>
    </message>
    <message>
        <source>Show the options of a command.</source>
        <translation>Die Optionen eines Befehls anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 something is enabled (with --fail-on-enabled) or a change or delivery failed, 2 usage error, 3 unreadable root.</source>
        <translation>Rückgabewert: 0 Erfolg, 1 etwas ist aktiviert (mit --fail-on-enabled) oder eine Änderung bzw. Zustellung ist fehlgeschlagen, 2 Aufruffehler, 3 Wurzel nicht lesbar.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Run &quot;telemetry-lens --help&quot; to see the commands.</source>
        <translation>Führen Sie „telemetry-lens --help“ aus, um die Befehle zu sehen.</translation>
    </message>
    <message>
        <source>won</source>
        <translation>wirksam</translation>
    </message>
    <message>
        <source>shadowed</source>
        <translation>verdeckt</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>bedingt</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Inputs, highest precedence first:</source>
        <translation>Eingaben, höchster Vorrang zuerst:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Identifiers:</source>
        <translation>Kennungen:</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>Installed copies:</source>
        <translation>Installierte Kopien:</translation>
    </message>
    <message>
        <source>not installed for this account (its settings still apply the day it is installed)</source>
        <translation>für dieses Konto nicht installiert (seine Einstellungen gelten trotzdem, sobald es installiert wird)</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>unbekannte Version</translation>
    </message>
    <message>
        <source>Sends to:</source>
        <translation>Sendet an:</translation>
    </message>
    <message>
        <source>Where the documentation is wrong:</source>
        <translation>Wo die Dokumentation falsch ist:</translation>
    </message>
    <message>
        <source>Stored reports (what was sent): %1</source>
        <translation>Gespeicherte Berichte (was gesendet wurde): %1</translation>
    </message>
    <message>
        <source>What would be sent next (built from this machine):</source>
        <translation>Was als Nächstes gesendet würde (aus diesem Rechner erstellt):</translation>
    </message>
    <message>
        <source>Still sent after opting out:</source>
        <translation>Nach dem Abschalten weiterhin gesendet:</translation>
    </message>
    <message>
        <source>%1 is a folder; give --output a file name such as request.eml.</source>
        <translation>%1 ist ein Ordner; geben Sie --output einen Dateinamen wie request.eml.</translation>
    </message>
    <message>
        <source>Delivered request %1 to %2.</source>
        <translation>Antrag %1 wurde an %2 zugestellt.</translation>
    </message>
    <message>
        <source>Request %1 could not reach %2: %3</source>
        <translation>Antrag %1 konnte %2 nicht erreichen: %3</translation>
    </message>
    <message>
        <source>It stays queued; run &quot;telemetry-lens requests --retry&quot; later to send it.</source>
        <translation>Er bleibt in der Warteschlange; führen Sie später „telemetry-lens requests --retry“ aus, um ihn zu senden.</translation>
    </message>
    <message>
        <source>%1 refused request %2: %3</source>
        <translation>%1 hat Antrag %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>It is not sent again; check the endpoint and the message, then make a new request.</source>
        <translation>Er wird nicht erneut gesendet; prüfen Sie den Endpunkt und die Nachricht und stellen Sie dann einen neuen Antrag.</translation>
    </message>
    <message>
        <source>No deletion requests yet. Draft one with: telemetry-lens delete-request TOOL --all-ids --via print</source>
        <translation>Noch keine Löschanträge. Entwerfen Sie einen mit: telemetry-lens delete-request TOOL --all-ids --via print</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TOOL</source>
        <translation>WERKZEUG</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>KANAL</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>GESENDET</translation>
    </message>
    <message>
        <source>DEADLINE</source>
        <translation>FRIST</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ÜBERFÄLLIG</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) had no answer within the month the GDPR allows. Send a reminder, or complain to your data protection authority.</source>
        <translation>
            <numerusform>%n Antrag blieb innerhalb des Monats, den die DSGVO erlaubt, unbeantwortet. Senden Sie eine Erinnerung oder beschweren Sie sich bei Ihrer Datenschutzbehörde.</numerusform>
            <numerusform>%n Anträge blieben innerhalb des Monats, den die DSGVO erlaubt, unbeantwortet. Senden Sie eine Erinnerung oder beschweren Sie sich bei Ihrer Datenschutzbehörde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft a request to delete the telemetry data a tool collected, show its exact text, hand it on, and record it in the request ledger.</source>
        <translation>Einen Antrag auf Löschung der Telemetriedaten eines Werkzeugs entwerfen, seinen genauen Text zeigen, ihn weitergeben und im Antragsverzeichnis festhalten.</translation>
    </message>
    <message>
        <source>An identifier found on this machine to quote (repeat for more).</source>
        <translation>Eine auf diesem Rechner gefundene Kennung, die zitiert werden soll (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>Quote every identifier of the tool found on this machine.</source>
        <translation>Jede auf diesem Rechner gefundene Kennung des Werkzeugs zitieren.</translation>
    </message>
    <message>
        <source>How the request leaves: print (show the text), mailto (a link for your mail program), eml (a message file), issue (a prefilled issue link, for tools without an address), http (post to --endpoint).</source>
        <translation>Wie der Antrag versendet wird: print (den Text anzeigen), mailto (ein Link für Ihr E-Mail-Programm), eml (eine Nachrichtendatei), issue (ein vorausgefüllter Issue-Link, für Werkzeuge ohne Adresse), http (an --endpoint senden).</translation>
    </message>
    <message>
        <source>The https:// address of your organisation&apos;s privacy inbox (with --via http).</source>
        <translation>Die https://-Adresse des Datenschutz-Postfachs Ihrer Organisation (mit --via http).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Where --via eml writes the message.</source>
        <translation>Wohin --via eml die Nachricht schreibt.</translation>
    </message>
    <message>
        <source>Your e-mail address for the answer; nothing else about you is included.</source>
        <translation>Ihre E-Mail-Adresse für die Antwort; sonst wird nichts über Sie mitgeschickt.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>Do not ask before handing the request on.</source>
        <translation>Vor dem Weitergeben des Antrags nicht nachfragen.</translation>
    </message>
    <message>
        <source>give either --id ID (repeatable) or --all-ids.</source>
        <translation>geben Sie entweder --id ID (wiederholbar) oder --all-ids an.</translation>
    </message>
    <message>
        <source>choose how the request leaves with --via %1.</source>
        <translation>wählen Sie mit --via %1, wie der Antrag versendet wird.</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;; use one of %2.</source>
        <translation>unbekannter Kanal „%1“; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>%1 names no mail address for deletion requests; use --via issue (a prefilled issue link) or --via print.</source>
        <translation>%1 nennt keine E-Mail-Adresse für Löschanträge; verwenden Sie --via issue (ein vorausgefüllter Issue-Link) oder --via print.</translation>
    </message>
    <message>
        <source>%1 takes deletion requests by mail (%2); use --via mailto, eml or print.</source>
        <translation>%1 nimmt Löschanträge per E-Mail an (%2); verwenden Sie --via mailto, eml oder print.</translation>
    </message>
    <message>
        <source>--via http needs --endpoint URL, the https:// address of your privacy inbox.</source>
        <translation>--via http benötigt --endpoint URL, die https://-Adresse Ihres Datenschutz-Postfachs.</translation>
    </message>
    <message>
        <source>--endpoint is only used with --via http.</source>
        <translation>--endpoint wird nur mit --via http verwendet.</translation>
    </message>
    <message>
        <source>--via eml needs --output FILE for the message.</source>
        <translation>--via eml benötigt --output FILE für die Nachricht.</translation>
    </message>
    <message>
        <source>--output is only used with --via eml.</source>
        <translation>--output wird nur mit --via eml verwendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address; give one like name@example.org.</source>
        <translation>„%1“ ist keine E-Mail-Adresse; geben Sie eine wie name@example.org an.</translation>
    </message>
    <message>
        <source>Recorded as draft %1. Once you have sent it, run: telemetry-lens requests --mark-sent %1</source>
        <translation>Als Entwurf %1 festgehalten. Sobald Sie ihn gesendet haben, führen Sie aus: telemetry-lens requests --mark-sent %1</translation>
    </message>
    <message>
        <source>Send this request to %1 now?</source>
        <translation>Diesen Antrag jetzt an %1 senden?</translation>
    </message>
    <message>
        <source>Nothing was sent or recorded. Add --yes to skip the question.</source>
        <translation>Es wurde nichts gesendet oder festgehalten. Fügen Sie --yes hinzu, um die Frage zu überspringen.</translation>
    </message>
    <message>
        <source>Attempt %1 failed (%2); trying again.</source>
        <translation>Versuch %1 fehlgeschlagen (%2); neuer Versuch.</translation>
    </message>
    <message>
        <source>List the deletion requests with their reply deadlines, send the queued ones, and record answers.</source>
        <translation>Die Löschanträge mit ihren Antwortfristen auflisten, wartende Anträge senden und Antworten festhalten.</translation>
    </message>
    <message>
        <source>Print the ledger as JSON.</source>
        <translation>Das Antragsverzeichnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Send every request still queued for an HTTP endpoint.</source>
        <translation>Jeden Antrag senden, der noch für einen HTTP-Endpunkt in der Warteschlange steht.</translation>
    </message>
    <message>
        <source>Record that request ID was answered.</source>
        <translation>Festhalten, dass Antrag ID beantwortet wurde.</translation>
    </message>
    <message>
        <source>Close request ID; it is no longer followed up.</source>
        <translation>Antrag ID schließen; er wird nicht mehr weiterverfolgt.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>requests takes no arguments, only options.</source>
        <translation>requests nimmt keine Argumente an, nur Optionen.</translation>
    </message>
    <message>
        <source>No request is waiting to be sent.</source>
        <translation>Kein Antrag wartet auf den Versand.</translation>
    </message>
    <message>
        <source>Request %1: attempt %2 failed (%3); trying again.</source>
        <translation>Antrag %1: Versuch %2 fehlgeschlagen (%3); neuer Versuch.</translation>
    </message>
    <message>
        <source>Switch telemetry off by writing each tool&apos;s own settings (preview, backup, undo).</source>
        <translation>Telemetrie abschalten, indem die eigenen Einstellungen jedes Werkzeugs geschrieben werden (Vorschau, Sicherung, Rückgängig).</translation>
    </message>
    <message>
        <source>Switch telemetry back on.</source>
        <translation>Telemetrie wieder einschalten.</translation>
    </message>
    <message>
        <source>Revert the most recent change set.</source>
        <translation>Den letzten Änderungssatz rückgängig machen.</translation>
    </message>
    <message>
        <source>List past change sets.</source>
        <translation>Frühere Änderungssätze auflisten.</translation>
    </message>
    <message>
        <source>No account to change was found in %1. Name it with --home PATH.</source>
        <translation>In %1 wurde kein zu änderndes Konto gefunden. Geben Sie es mit --home PATH an.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to change</source>
        <translation>
            <numerusform>%n Datei zu ändern</numerusform>
            <numerusform>%n Dateien zu ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to change, the files already say so</source>
        <translation>nichts zu ändern, die Dateien sind bereits so eingestellt</translation>
    </message>
    <message>
        <source>cannot be changed: %1</source>
        <translation>kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>New file %1</source>
        <translation>Neue Datei %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>(a link; the file written is %1)</source>
        <translation>(ein Link; geschrieben wird die Datei %1)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Write these changes?</source>
        <translation>Diese Änderungen schreiben?</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Saved as change set %1. Undo it with: telemetry-lens undo</source>
        <translation>Als Änderungssatz %1 gespeichert. Rückgängig machen mit: telemetry-lens undo</translation>
    </message>
    <message>
        <source>name the tools (%1) or give --all.</source>
        <translation>geben Sie die Werkzeuge (%1) oder --all an.</translation>
    </message>
    <message>
        <source>name the tools (%1).</source>
        <translation>geben Sie die Werkzeuge an (%1).</translation>
    </message>
    <message>
        <source>Switch telemetry off by writing each tool&apos;s own settings.</source>
        <translation>Telemetrie abschalten, indem die eigenen Einstellungen jedes Werkzeugs geschrieben werden.</translation>
    </message>
    <message>
        <source>Switch telemetry back on: take out what Telemetry Lens wrote.</source>
        <translation>Telemetrie wieder einschalten: entfernt, was Telemetry Lens geschrieben hat.</translation>
    </message>
    <message>
        <source>Tools to switch: %1.</source>
        <translation>Umzuschaltende Werkzeuge: %1.</translation>
    </message>
    <message>
        <source>Also comment out assignments in your start-up files that would keep a tool on.</source>
        <translation>Auch Zuweisungen in Ihren Startdateien auskommentieren, die ein Werkzeug eingeschaltet lassen würden.</translation>
    </message>
    <message>
        <source>user (your files) or system (machine-wide files; needs root).</source>
        <translation>user (Ihre Dateien) oder system (rechnerweite Dateien; erfordert root).</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>SCOPE</translation>
    </message>
    <message>
        <source>Show the plan and change nothing.</source>
        <translation>Den Plan anzeigen und nichts ändern.</translation>
    </message>
    <message>
        <source>Do not ask before writing.</source>
        <translation>Vor dem Schreiben nicht nachfragen.</translation>
    </message>
    <message>
        <source>--scope takes user or system, not &quot;%1&quot;.</source>
        <translation>--scope nimmt user oder system an, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 would stay on for %2: %3 in %4 takes precedence. Run again with --fix-overrides to comment that line out (undo puts it back), or edit it yourself.</source>
        <translation>%1 bliebe für %2 eingeschaltet: %3 in %4 hat Vorrang. Führen Sie den Befehl erneut mit --fix-overrides aus, um diese Zeile auszukommentieren (undo stellt sie wieder her), oder bearbeiten Sie sie selbst.</translation>
    </message>
    <message>
        <source>%1 would stay on for %2: %3</source>
        <translation>%1 bliebe für %2 eingeschaltet: %3</translation>
    </message>
    <message>
        <source>%1 would stay off for %2: %3</source>
        <translation>%1 bliebe für %2 ausgeschaltet: %3</translation>
    </message>
    <message>
        <source>No file needs to change.</source>
        <translation>Keine Datei muss geändert werden.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1  %2  %3 %4 (%5): %6</source>
        <translation>%1  %2  %3 %4 (%5): %6</translation>
    </message>
    <message>
        <source>Revert the most recent change set, restoring the exact previous bytes.</source>
        <translation>Den letzten Änderungssatz rückgängig machen und dabei den vorherigen Inhalt byte-genau wiederherstellen.</translation>
    </message>
    <message>
        <source>Do not ask first.</source>
        <translation>Nicht vorher nachfragen.</translation>
    </message>
    <message>
        <source>undo takes no arguments, only options.</source>
        <translation>undo nimmt keine Argumente an, nur Optionen.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>The last change set:</source>
        <translation>Der letzte Änderungssatz:</translation>
    </message>
    <message>
        <source>Put these files back as they were?</source>
        <translation>Diese Dateien wiederherstellen, wie sie waren?</translation>
    </message>
    <message>
        <source>List the change sets Telemetry Lens wrote, newest first.</source>
        <translation>Die von Telemetry Lens geschriebenen Änderungssätze auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>No changes were made yet.</source>
        <translation>Es wurden noch keine Änderungen vorgenommen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>--scope system writes machine-wide files and needs root. Nothing was changed: run it with sudo.</source>
        <translation>--scope system schreibt systemweite Dateien und braucht Root-Rechte. Es wurde nichts geändert: führen Sie den Befehl mit sudo aus.</translation>
    </message>
    <message>
        <source>Use a private copy of the embedded sample workstation.</source>
        <translation>Eine private Kopie des eingebetteten Beispielrechners verwenden.</translation>
    </message>
    <message>
        <source>This was a copy of the sample workstation; it is removed now that the command ends.</source>
        <translation>Dies war eine Kopie des Beispielrechners; sie wird jetzt, am Ende des Befehls, entfernt.</translation>
    </message>
    <message>
        <source>No graphical display was found, so the findings are printed here. Run &quot;telemetry-lens --help&quot; to see every command.</source>
        <translation>Es wurde keine grafische Anzeige gefunden, daher werden die Ergebnisse hier ausgegeben. &quot;telemetry-lens --help&quot; zeigt alle Befehle.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to change, %1 of them shared with other tools</source>
        <translation>
            <numerusform>%n Datei zu ändern, %1 davon mit anderen Werkzeugen geteilt</numerusform>
            <numerusform>%n Dateien zu ändern, %1 davon mit anderen Werkzeugen geteilt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all, %n file(s) change; a file shared by several tools is written once.</source>
        <translation>
            <numerusform>Insgesamt ändert sich %n Datei; eine von mehreren Werkzeugen geteilte Datei wird einmal geschrieben.</numerusform>
            <numerusform>Insgesamt ändern sich %n Dateien; eine von mehreren Werkzeugen geteilte Datei wird einmal geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>tool names</source>
        <translation>Werkzeugnamen</translation>
    </message>
    <message numerus="yes">
        <source>%n shared file(s) to change, written once for all tools</source>
        <translation>
            <numerusform>%n geteilte Datei zu ändern, einmal für alle Werkzeuge geschrieben</numerusform>
            <numerusform>%n geteilte Dateien zu ändern, einmal für alle Werkzeuge geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) not marked as sent: nothing counts down until you say you sent it. Once sent, run: telemetry-lens requests --mark-sent ID [--date YYYY-MM-DD]</source>
        <translation>
            <numerusform>%n Antrag ist nicht als gesendet markiert: Keine Frist läuft, bevor Sie sagen, dass Sie ihn gesendet haben. Danach führen Sie aus: telemetry-lens requests --mark-sent ID [--date JJJJ-MM-TT]</numerusform>
            <numerusform>%n Anträge sind nicht als gesendet markiert: Keine Frist läuft, bevor Sie sagen, dass Sie sie gesendet haben. Danach führen Sie aus: telemetry-lens requests --mark-sent ID [--date JJJJ-MM-TT]</numerusform>
        </translation>
    </message>
    <message>
        <source>The account whose data the request is about (a user name of the root); needed when the root has several.</source>
        <translation>Das Konto, um dessen Daten es im Antrag geht (ein Benutzername der Wurzel); nötig, wenn die Wurzel mehrere hat.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>--user and --home both name the account; give one of them.</source>
        <translation>--user und --home nennen beide das Konto; geben Sie nur eine der beiden Optionen an.</translation>
    </message>
    <message>
        <source>--user needs the user name of an account.</source>
        <translation>--user braucht den Benutzernamen eines Kontos.</translation>
    </message>
    <message>
        <source>no account &quot;%1&quot; under %2; the accounts are: %3.</source>
        <translation>kein Konto „%1“ unter %2; die Konten sind: %3.</translation>
    </message>
    <message>
        <source>No account was found under %1; name one with --home PATH.</source>
        <translation>Unter %1 wurde kein Konto gefunden; nennen Sie eines mit --home PATH.</translation>
    </message>
    <message numerus="yes">
        <source>a request is about one account&apos;s data, and %1 has %n account(s): %2. Name one with --user NAME.</source>
        <translation>
            <numerusform>ein Antrag betrifft die Daten eines Kontos, und %1 hat %n Konto: %2. Nennen Sie es mit --user NAME.</numerusform>
            <numerusform>ein Antrag betrifft die Daten eines Kontos, und %1 hat %n Konten: %2. Nennen Sie eines mit --user NAME.</numerusform>
        </translation>
    </message>
    <message>
        <source>No %1 %2 was found for %3 under %4, so there is nothing to quote in a deletion request.</source>
        <translation>Für %3 wurde unter %4 keine %1-Kennung (%2) gefunden, daher gibt es nichts, was ein Löschantrag zitieren könnte.</translation>
    </message>
    <message>
        <source>%1 %2 was not found for %3; found: %4.</source>
        <translation>%1 %2 wurde für %3 nicht gefunden; gefunden: %4.</translation>
    </message>
    <message>
        <source>Print the mail link for this request and record it?</source>
        <translation>Den E-Mail-Link für diesen Antrag ausgeben und den Antrag festhalten?</translation>
    </message>
    <message>
        <source>Print the issue link for this request and record it?</source>
        <translation>Den Issue-Link für diesen Antrag ausgeben und den Antrag festhalten?</translation>
    </message>
    <message>
        <source>Write this message to %1 and record it?</source>
        <translation>Diese Nachricht nach %1 schreiben und den Antrag festhalten?</translation>
    </message>
    <message>
        <source>Saved as %1; open it with your mail program and send it.</source>
        <translation>Als %1 gespeichert; öffnen Sie die Datei mit Ihrem E-Mail-Programm und senden Sie sie.</translation>
    </message>
    <message>
        <source>Recorded as request %1, not sent yet. Once you have sent it, run: telemetry-lens requests --mark-sent %1 [--date YYYY-MM-DD]</source>
        <translation>Als Antrag %1 festgehalten, noch nicht gesendet. Sobald Sie ihn gesendet haben, führen Sie aus: telemetry-lens requests --mark-sent %1 [--date JJJJ-MM-TT]</translation>
    </message>
    <message>
        <source>Record that you sent request ID (a draft, a mail handed to your mail program, a saved .eml); its one-month answer period starts.</source>
        <translation>Festhalten, dass Sie Antrag ID gesendet haben (einen Entwurf, eine an Ihr E-Mail-Programm übergebene Nachricht, eine gespeicherte .eml); seine einmonatige Antwortfrist beginnt.</translation>
    </message>
    <message>
        <source>With --mark-sent: the day you sent it, if not today.</source>
        <translation>Mit --mark-sent: der Tag, an dem Sie ihn gesendet haben, falls nicht heute.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Same as --close.</source>
        <translation>Dasselbe wie --close.</translation>
    </message>
    <message>
        <source>A note kept with --mark-answered or --close.</source>
        <translation>Eine Notiz, die mit --mark-answered oder --close gespeichert wird.</translation>
    </message>
    <message>
        <source>give one of --mark-sent, --mark-answered and --close at a time.</source>
        <translation>geben Sie jeweils nur eine von --mark-sent, --mark-answered und --close an.</translation>
    </message>
    <message>
        <source>--note goes with --mark-answered or --close.</source>
        <translation>--note gehört zu --mark-answered oder --close.</translation>
    </message>
    <message>
        <source>--date goes with --mark-sent.</source>
        <translation>--date gehört zu --mark-sent.</translation>
    </message>
    <message>
        <source>--date takes a day as YYYY-MM-DD, such as 2026-12-03; &quot;%1&quot; is not one.</source>
        <translation>--date erwartet einen Tag als JJJJ-MM-TT, etwa 2026-12-03; „%1“ ist keiner.</translation>
    </message>
    <message>
        <source>Request %1 is now sent (%2); the answer is due by %3.</source>
        <translation>Antrag %1 ist jetzt gesendet (%2); die Antwort ist bis %3 fällig.</translation>
    </message>
    <message>
        <source>Request %1: %2.</source>
        <translation>Antrag %1: %2.</translation>
    </message>
    <message>
        <source>Options of the window (without a command):</source>
        <translation>Optionen des Fensters (ohne Befehl):</translation>
    </message>
    <message>
        <source>Examine every account with a home folder.</source>
        <translation>Jedes Konto mit einem Home-Ordner untersuchen.</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>ANSICHT</translation>
    </message>
    <message>
        <source>Open a view once the first scan is shown: overview, requests, history, tool:USER:TOOL[:TAB], optout:USER:TOOL[:system], compose:USER:TOOL, disable-all.</source>
        <translation>Eine Ansicht öffnen, sobald der erste Scan angezeigt wird: overview, requests, history, tool:USER:TOOL[:TAB], optout:USER:TOOL[:system], compose:USER:TOOL, disable-all.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once the first scan is shown, then quit.</source>
        <translation>Ein Bild des Fensters in DATEI speichern, sobald der erste Scan angezeigt wird, und dann beenden.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Open the window WxH pixels large.</source>
        <translation>Das Fenster BxH Pixel groß öffnen.</translation>
    </message>
    <message>
        <source>Use a plain light or dark palette instead of the desktop&apos;s.</source>
        <translation>Eine schlichte helle oder dunkle Palette statt der des Desktops verwenden.</translation>
    </message>
    <message>
        <source>Quit once the first scan is shown.</source>
        <translation>Beenden, sobald der erste Scan angezeigt wird.</translation>
    </message>
    <message>
        <source>Print the time to the first paint and to the first scan shown, and the peak memory.</source>
        <translation>Die Zeit bis zum ersten Zeichnen und bis zum ersten angezeigten Scan sowie den Spitzenspeicher ausgeben.</translation>
    </message>
    <message>
        <source>List every supported tool, not only those present for the account.</source>
        <translation>Jedes unterstützte Werkzeug auflisten, nicht nur die für das Konto vorhandenen.</translation>
    </message>
    <message>
        <source>Show which tools honour DO_NOT_TRACK, with which values, and which ignore it.</source>
        <translation>Zeigen, welche Werkzeuge DO_NOT_TRACK beachten, mit welchen Werten, und welche es ignorieren.</translation>
    </message>
    <message>
        <source>Every tool present for the account.</source>
        <translation>Jedes für das Konto vorhandene Werkzeug.</translation>
    </message>
    <message>
        <source>With --all, also write the opt-outs of supported tools that are not installed yet, so they start switched off.</source>
        <translation>Mit --all auch die Abschaltungen der unterstützten Werkzeuge schreiben, die noch nicht installiert sind, damit sie ausgeschaltet starten.</translation>
    </message>
    <message>
        <source>%1 names no contact for deletion requests; use --via http --endpoint URL for an address you know, or --via print.</source>
        <translation>%1 nennt keinen Kontakt für Löschanfragen; nutzen Sie --via http --endpoint URL für eine Ihnen bekannte Adresse, oder --via print.</translation>
    </message>
    <message>
        <source>Merge the audit reports of many machines into one report.</source>
        <translation>Die Prüfberichte vieler Rechner zu einem Bericht zusammenführen.</translation>
    </message>
    <message>
        <source>Say what changed since the audit report PREVIOUS (made with --format json) instead of reporting; exit with status 1 when a tool started collecting.</source>
        <translation>Statt eines Berichts angeben, was sich seit dem Prüfbericht PREVIOUS (erstellt mit --format json) geändert hat; mit Status 1 beenden, wenn ein Werkzeug mit der Erfassung begonnen hat.</translation>
    </message>
    <message>
        <source>PREVIOUS</source>
        <translation>PREVIOUS</translation>
    </message>
    <message>
        <source>--compare prints text or JSON.</source>
        <translation>--compare gibt Text oder JSON aus.</translation>
    </message>
    <message>
        <source>Merge the audit reports of many machines (audit --format json) into one report.</source>
        <translation>Die Prüfberichte vieler Rechner (audit --format json) zu einem Bericht zusammenführen.</translation>
    </message>
    <message>
        <source>Audit reports, or folders of them (*.json); each host is named after its file.</source>
        <translation>Prüfberichte oder Ordner davon (*.json); jeder Rechner wird nach seiner Datei benannt.</translation>
    </message>
    <message>
        <source>Exit with status 1 when a tool collects on any host.</source>
        <translation>Mit Status 1 beenden, wenn ein Werkzeug auf irgendeinem Rechner Daten erfasst.</translation>
    </message>
    <message>
        <source>name the audit reports or folders of them.</source>
        <translation>geben Sie die Prüfberichte oder Ordner davon an.</translation>
    </message>
    <message>
        <source>No fleet report was written: fix or remove the files named above.</source>
        <translation>Es wurde kein Flottenbericht geschrieben: Korrigieren oder entfernen Sie die oben genannten Dateien.</translation>
    </message>
    <message>
        <source>Print the outcome as JSON instead of the plan (needs --yes or --dry-run): &quot;changed&quot; is true exactly when files were written.</source>
        <translation>Das Ergebnis statt des Plans als JSON ausgeben (braucht --yes oder --dry-run): „changed“ ist genau dann true, wenn Dateien geschrieben wurden.</translation>
    </message>
    <message>
        <source>--json cannot ask before writing; add --yes or --dry-run.</source>
        <translation>--json kann vor dem Schreiben nicht nachfragen; fügen Sie --yes oder --dry-run hinzu.</translation>
    </message>
    <message>
        <source>Its own status command: %1</source>
        <translation>Sein eigener Statusbefehl: %1</translation>
    </message>
    <message>
        <source>It agrees with what %1 then does.</source>
        <translation>Er stimmt mit dem überein, was %1 dann tut.</translation>
    </message>
    <message>
        <source>Do not rely on it: %1</source>
        <translation>Verlassen Sie sich nicht darauf: %1</translation>
    </message>
    <message>
        <source>(for every account of this machine)</source>
        <translation>(für jedes Konto dieses Rechners)</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Treat DIR as the filesystem root for everything read and written (a mounted image).</source>
        <translation>DIR als Wurzel des Dateisystems für alles Gelesene und Geschriebene verwenden (ein eingehängtes Abbild).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Examine the account whose home is PATH (a path inside the root).</source>
        <translation>Das Konto untersuchen, dessen Home-Ordner PATH ist (ein Pfad innerhalb der Wurzel).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Language of the output (en, de, fr).</source>
        <translation>Sprache der Ausgabe (en, de, fr).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>--root needs a folder.</source>
        <translation>--root benötigt einen Ordner.</translation>
    </message>
    <message>
        <source>--home needs an absolute path inside the root, such as /home/alice.</source>
        <translation>--home benötigt einen absoluten Pfad innerhalb der Wurzel, etwa /home/alice.</translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>telemetry-lens %1: %2</source>
        <translation>telemetry-lens %1: %2</translation>
    </message>
    <message>
        <source>Run &quot;telemetry-lens %1 --help&quot; to see its options.</source>
        <translation>Führen Sie „telemetry-lens %1 --help“ aus, um die Optionen des Befehls zu sehen.</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[j/N]</translation>
    </message>
    <message>
        <source>Use a private copy of the embedded sample workstation; nothing on this computer is read or changed.</source>
        <translation>Eine private Kopie des eingebetteten Beispielrechners verwenden; auf diesem Computer wird nichts gelesen oder geändert.</translation>
    </message>
    <message>
        <source>--demo and --root exclude each other: the sample workstation is the root.</source>
        <translation>--demo und --root schließen einander aus: der Beispielrechner ist das Wurzelverzeichnis.</translation>
    </message>
    <message>
        <source>%1 and %2 contradict each other; give only one of them.</source>
        <translation>%1 und %2 widersprechen sich; geben Sie nur eine der beiden Optionen an.</translation>
    </message>
</context>
<context>
    <name>CopySupport</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &quot;%1&quot;</source>
        <translation>„%1“ kopieren</translation>
    </message>
</context>
<context>
    <name>DeletionDraft</name>
    <message>
        <source>%1 names no channel for deletion requests.</source>
        <translation>%1 nennt keinen Weg für Löschanträge.</translation>
    </message>
    <message>
        <source>Select at least one %1 to quote in the request.</source>
        <translation>Wählen Sie mindestens eine Kennung (%1) aus, die im Antrag zitiert wird.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address; give one like name@example.org, or none.</source>
        <translation>„%1“ ist keine E-Mail-Adresse; geben Sie eine wie name@example.org an oder keine.</translation>
    </message>
    <message>
        <source>%1 deletes data by %2; a %3 cannot be quoted.</source>
        <translation>%1 löscht Daten anhand von %2; eine Kennung vom Typ %3 kann nicht zitiert werden.</translation>
    </message>
    <message>
        <source>The %1 found is not a plain identifier (it may contain a path or personal text) and is not quoted: %2</source>
        <translation>Die gefundene Kennung (%1) ist keine einfache Kennung (sie enthält womöglich einen Pfad oder persönlichen Text) und wird nicht zitiert: %2</translation>
    </message>
    <message>
        <source>Request to delete %1 telemetry data</source>
        <translation>Antrag auf Löschung der %1-Telemetriedaten</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Guten Tag,</translation>
    </message>
    <message>
        <source>%1 sent usage statistics (telemetry) from my installation. Under Article 17 of the GDPR, I ask you to erase all data you hold that is linked to the following identifier:</source>
        <translation>%1 hat Nutzungsstatistiken (Telemetrie) von meiner Installation gesendet. Gemäß Artikel 17 DSGVO bitte ich Sie, alle bei Ihnen gespeicherten Daten zu löschen, die mit der folgenden Kennung verknüpft sind:</translation>
    </message>
    <message>
        <source>%1 sent usage statistics (telemetry) from my installation. Under Article 17 of the GDPR, I ask you to erase all data you hold that is linked to the following identifiers:</source>
        <translation>%1 hat Nutzungsstatistiken (Telemetrie) von meiner Installation gesendet. Gemäß Artikel 17 DSGVO bitte ich Sie, alle bei Ihnen gespeicherten Daten zu löschen, die mit den folgenden Kennungen verknüpft sind:</translation>
    </message>
    <message>
        <source>%1 sent usage telemetry from my installation. Please delete all telemetry data recorded under the following identifier:</source>
        <translation>%1 hat Nutzungstelemetrie von meiner Installation gesendet. Bitte löschen Sie alle Telemetriedaten, die unter der folgenden Kennung gespeichert sind:</translation>
    </message>
    <message>
        <source>%1 sent usage telemetry from my installation. Please delete all telemetry data recorded under the following identifiers:</source>
        <translation>%1 hat Nutzungstelemetrie von meiner Installation gesendet. Bitte löschen Sie alle Telemetriedaten, die unter den folgenden Kennungen gespeichert sind:</translation>
    </message>
    <message>
        <source>%1 versions seen: %2</source>
        <translation>Festgestellte %1-Versionen: %2</translation>
    </message>
    <message>
        <source>Data recorded on %1 (UTC)</source>
        <translation>Daten erfasst am %1 (UTC)</translation>
    </message>
    <message>
        <source>Data recorded from %1 to %2 (UTC)</source>
        <translation>Daten erfasst vom %1 bis %2 (UTC)</translation>
    </message>
    <message>
        <source>Please confirm the erasure, or tell me why it is not possible, within one month of receiving this request (Article 12(3) GDPR).</source>
        <translation>Bitte bestätigen Sie die Löschung oder teilen Sie mir mit, warum sie nicht möglich ist, innerhalb eines Monats nach Eingang dieses Antrags (Artikel 12 Absatz 3 DSGVO).</translation>
    </message>
    <message>
        <source>Please send your answer to %1.</source>
        <translation>Bitte senden Sie Ihre Antwort an %1.</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Vielen Dank.</translation>
    </message>
    <message>
        <source>Please confirm here when the data has been deleted. Thank you.</source>
        <translation>Bitte bestätigen Sie hier, sobald die Daten gelöscht wurden. Vielen Dank.</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>The issue will be public: anyone can read the identifiers it quotes.</source>
        <translation>Das Issue wird öffentlich sein: Jeder kann die darin zitierten Kennungen lesen.</translation>
    </message>
    <message>
        <source>The issue will be public: anyone can read the identifiers and the contact address it quotes.</source>
        <translation>Das Issue wird öffentlich sein: Jeder kann die darin zitierten Kennungen und die Kontaktadresse lesen.</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>New issue at: %1</source>
        <translation>Neues Issue unter: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
</context>
<context>
    <name>DemoWorkstation</name>
    <message>
        <source>Could not create a temporary folder for the sample workstation: %1</source>
        <translation>Für den Beispielrechner konnte kein temporärer Ordner erstellt werden: %1</translation>
    </message>
    <message>
        <source>This build has no embedded sample workstation.</source>
        <translation>Dieser Build enthält keinen eingebetteten Beispielrechner.</translation>
    </message>
    <message>
        <source>Could not unpack %1: %2</source>
        <translation>%1 konnte nicht entpackt werden: %2</translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>%1 is not a regular file (a folder, FIFO or device), so it was not opened. %2 only ever writes a plain file there; remove whatever is in its place.</source>
        <translation>%1 ist keine gewöhnliche Datei (ein Ordner, FIFO oder Gerät) und wurde daher nicht geöffnet. %2 schreibt dort immer nur eine einfache Datei; entfernen Sie, was stattdessen dort liegt.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, far larger than any %3 record, so it was not read. Check what wrote it and remove it.</source>
        <translation>%1 ist %2 Bytes groß, weit größer als jede %3-Aufzeichnung, und wurde daher nicht gelesen. Prüfen Sie, was die Datei geschrieben hat, und entfernen Sie sie.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; it was not followed, because anyone can create links in a temporary folder. Remove the link if you did not make it.</source>
        <translation>%1 ist eine symbolische Verknüpfung; ihr wurde nicht gefolgt, weil jeder in einem temporären Ordner Verknüpfungen anlegen kann. Entfernen Sie die Verknüpfung, wenn Sie sie nicht angelegt haben.</translation>
    </message>
    <message>
        <source>%1 could not be read. Run the audit as a user who may read it.</source>
        <translation>%1 konnte nicht gelesen werden. Führen Sie die Prüfung als ein Benutzer aus, der die Datei lesen darf.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 holds binary data, not a JSON report.</source>
        <translation>%1 enthält Binärdaten, keinen JSON-Bericht.</translation>
    </message>
    <message>
        <source>%1 contains bytes that are not valid UTF-8 text.</source>
        <translation>%1 enthält Bytes, die kein gültiger UTF-8-Text sind.</translation>
    </message>
    <message>
        <source>%1 ends in the middle of its JSON (cut short, perhaps by a full disk or a crash).</source>
        <translation>%1 endet mitten im JSON (abgeschnitten, vielleicht durch eine volle Festplatte oder einen Absturz).</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (error near byte %2).</source>
        <translation>%1 ist kein gültiges JSON (Fehler nahe Byte %2).</translation>
    </message>
    <message>
        <source>%1 is nested more than %2 levels deep, which no real report is.</source>
        <translation>%1 ist mehr als %2 Ebenen tief verschachtelt, was bei keinem echten Bericht vorkommt.</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object, so it is not a %2 report.</source>
        <translation>%1 enthält kein JSON-Objekt und ist daher kein %2-Bericht.</translation>
    </message>
    <message>
        <source>%1 has no usage_stats object, so it is not a %2 report.</source>
        <translation>%1 hat kein usage_stats-Objekt und ist daher kein %2-Bericht.</translation>
    </message>
    <message>
        <source>It was skipped and the other reports were read; delete it if %1 did not write it.</source>
        <translation>Die Datei wurde übersprungen und die übrigen Berichte wurden gelesen; löschen Sie sie, wenn %1 sie nicht geschrieben hat.</translation>
    </message>
    <message>
        <source>%1 holds values of an unexpected type for %2; those were ignored and the rest of the report is shown.</source>
        <translation>%1 enthält Werte eines unerwarteten Typs für %2; diese wurden ignoriert, der Rest des Berichts wird angezeigt.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link named like a %2 folder; it was not followed, because anyone can create links in a temporary folder. Remove it if you did not make it.</source>
        <translation>%1 ist eine symbolische Verknüpfung, die wie ein %2-Ordner heißt; ihr wurde nicht gefolgt, weil jeder in einem temporären Ordner Verknüpfungen anlegen kann. Entfernen Sie sie, wenn Sie sie nicht angelegt haben.</translation>
    </message>
    <message>
        <source>%1 could not be opened. Run the audit as a user who may read it.</source>
        <translation>%1 konnte nicht geöffnet werden. Führen Sie die Prüfung als ein Benutzer aus, der ihn lesen darf.</translation>
    </message>
    <message>
        <source>%1 is not a folder that can be listed; the Ray session reports in it were not read.</source>
        <translation>%1 ist kein Ordner, der aufgelistet werden kann; die darin liegenden Ray-Sitzungsberichte wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>no report stored (collection was off, or the cluster stopped before its first report)</source>
        <translation>kein Bericht gespeichert (die Erfassung war aus, oder der Cluster wurde vor seinem ersten Bericht beendet)</translation>
    </message>
    <message>
        <source>%1 is not a folder that can be listed; the Skyplane event reports in it were not read.</source>
        <translation>%1 ist kein Ordner, der aufgelistet werden kann; die darin liegenden Skyplane-Ereignisberichte wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>The Skyplane report %1 holds a local file path in %2. Such a path may be personal (a user name, a project name), and Skyplane sends it with the report.</source>
        <translation>Der Skyplane-Bericht %1 enthält in %2 einen lokalen Dateipfad. Ein solcher Pfad kann persönlich sein (ein Benutzername, ein Projektname), und Skyplane sendet ihn mit dem Bericht.</translation>
    </message>
    <message numerus="yes">
        <source>%n Skyplane reports hold a local file path in %1, for example %2. Such paths may be personal (a user name, a project name), and Skyplane sends them with the reports.</source>
        <translation>
            <numerusform>%n Skyplane-Bericht enthält in %1 einen lokalen Dateipfad, zum Beispiel %2. Solche Pfade können persönlich sein (ein Benutzername, ein Projektname), und Skyplane sendet sie mit den Berichten.</numerusform>
            <numerusform>%n Skyplane-Berichte enthalten in %1 einen lokalen Dateipfad, zum Beispiel %2. Solche Pfade können persönlich sein (ein Benutzername, ein Projektname), und Skyplane sendet sie mit den Berichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read as an INI file (%2). Skyplane fails the same way when it logs usage; delete the file and Skyplane writes a new one.</source>
        <translation>%1 kann nicht als INI-Datei gelesen werden (%2). Skyplane scheitert genauso, wenn es die Nutzung protokolliert; löschen Sie die Datei, dann schreibt Skyplane eine neue.</translation>
    </message>
    <message>
        <source>%1 also holds cloud credentials (%2). Telemetry Lens never shows their values and keeps them when it changes the file; be careful when you share or back up this file.</source>
        <translation>%1 enthält außerdem Cloud-Zugangsdaten (%2). Telemetry Lens zeigt ihre Werte nie an und behält sie bei, wenn es die Datei ändert; seien Sie vorsichtig, wenn Sie diese Datei weitergeben oder sichern.</translation>
    </message>
    <message>
        <source>%1 exists, but Skyplane never reads it: its documentation wrongly says the opt-out goes there. The setting that counts is [flags] usage_stats in %2.</source>
        <translation>%1 existiert, aber Skyplane liest die Datei nie: Seine Dokumentation behauptet fälschlich, die Abschaltung gehöre dorthin. Maßgeblich ist die Einstellung [flags] usage_stats in %2.</translation>
    </message>
    <message>
        <source>The Skyplane client id %1 (in %2) is this machine&apos;s network (MAC) address %3: it is permanent, identifies the hardware, and is sent with every report. Skyplane&apos;s documentation calls it random.</source>
        <translation>Die Skyplane-Client-ID %1 (in %2) ist die Netzwerkadresse (MAC) %3 dieses Rechners: Sie ist dauerhaft, identifiziert die Hardware und wird mit jedem Bericht gesendet. Die Skyplane-Dokumentation nennt sie zufällig.</translation>
    </message>
    <message>
        <source>MLflow ignores such a file and writes a new installation id on its next run.</source>
        <translation>MLflow ignoriert eine solche Datei und schreibt bei seinem nächsten Lauf eine neue Installations-ID.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON.</source>
        <translation>%1 ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object.</source>
        <translation>%1 enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1 holds no valid installation_id.</source>
        <translation>%1 enthält keine gültige installation_id.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>MLflow telemetry already ran for this account on %1 (%2). Deleting the file only resets the id; it does not switch telemetry off.</source>
        <translation>Die MLflow-Telemetrie lief für dieses Konto bereits (erstmals: %1; %2). Das Löschen der Datei setzt nur die ID zurück; die Telemetrie wird dadurch nicht abgeschaltet.</translation>
    </message>
    <message>
        <source>MLflow telemetry already ran for this account on %1 (MLflow %2, %3). Deleting the file only resets the id; it does not switch telemetry off.</source>
        <translation>Die MLflow-Telemetrie lief für dieses Konto bereits (erstmals: %1; MLflow %2, %3). Das Löschen der Datei setzt nur die ID zurück; die Telemetrie wird dadurch nicht abgeschaltet.</translation>
    </message>
    <message>
        <source>it does not hold a YAML map</source>
        <translation>sie enthält keine YAML-Zuordnung</translation>
    </message>
    <message>
        <source>%1 cannot be read as YAML (%2). Rasa reads such a file as empty and rewrites it on its next run with telemetry switched on and a new id: an opt-out in it is lost.</source>
        <translation>%1 kann nicht als YAML gelesen werden (%2). Rasa liest eine solche Datei als leer und schreibt sie beim nächsten Lauf mit eingeschalteter Telemetrie und einer neuen ID neu: Eine darin enthaltene Abschaltung geht verloren.</translation>
    </message>
    <message>
        <source>%1 cannot be read as YAML (%2); current Rasa releases ignore it anyway.</source>
        <translation>%1 kann nicht als YAML gelesen werden (%2); aktuelle Rasa-Versionen ignorieren die Datei ohnehin.</translation>
    </message>
    <message>
        <source>%1 was written by a very old Rasa release. Current releases ignore it and read %2 instead; it may still hold an old id, and you can delete it.</source>
        <translation>%1 wurde von einer sehr alten Rasa-Version geschrieben. Aktuelle Versionen ignorieren die Datei und lesen stattdessen %2; sie kann noch eine alte ID enthalten, und Sie können sie löschen.</translation>
    </message>
    <message>
        <source>%1 could not be opened: its folder is missing or is a link that leads elsewhere.</source>
        <translation>%1 konnte nicht geöffnet werden: Der Ordner fehlt oder ist eine Verknüpfung, die anderswohin führt.</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>DoNotTrackView</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK=%1 is ignored</source>
        <translation>DO_NOT_TRACK=%1 wird ignoriert</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK=%1 switches it off</source>
        <translation>DO_NOT_TRACK=%1 schaltet es ab</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK=%1 would switch it off; another input decides first</source>
        <translation>DO_NOT_TRACK=%1 würde es abschalten; eine andere Eingabe entscheidet vorher</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK for %1:</source>
        <translation>DO_NOT_TRACK für %1:</translation>
    </message>
    <message>
        <source>ignores it</source>
        <translation>ignoriert es</translation>
    </message>
    <message>
        <source>honours it: any value, even empty or 0</source>
        <translation>beachtet es: jeder Wert, auch leer oder 0</translation>
    </message>
    <message>
        <source>honours it with %1</source>
        <translation>beachtet es mit %1</translation>
    </message>
</context>
<context>
    <name>DraftEncoder</name>
    <message>
        <source>The request is too long for a link (%1 characters, at most %2): select fewer identifiers, or use the printed text or an .eml file.</source>
        <translation>Der Antrag ist zu lang für einen Link (%1 Zeichen, höchstens %2): Wählen Sie weniger Kennungen aus oder verwenden Sie den ausgegebenen Text oder eine .eml-Datei.</translation>
    </message>
    <message>
        <source>%1 names no mail address for deletion requests; use its issue link instead.</source>
        <translation>%1 nennt keine E-Mail-Adresse für Löschanträge; verwenden Sie stattdessen den Issue-Link.</translation>
    </message>
    <message>
        <source>%1 takes deletion requests by mail, not as an issue.</source>
        <translation>%1 nimmt Löschanträge per E-Mail an, nicht als Issue.</translation>
    </message>
    <message>
        <source>The issue form address in the catalog is not a plain https link: %1</source>
        <translation>Die Adresse des Issue-Formulars im Katalog ist kein einfacher https-Link: %1</translation>
    </message>
    <message>
        <source>This request was not sent through a mail or issue link.</source>
        <translation>Dieser Antrag wurde nicht über einen Mail- oder Issue-Link gesendet.</translation>
    </message>
</context>
<context>
    <name>EnvBlockEditor</name>
    <message>
        <source>%1: the block Telemetry Lens manages opens twice (line %2) without closing; fix it by hand.</source>
        <translation>%1: Der von Telemetry Lens verwaltete Block wird zweimal geöffnet (Zeile %2), ohne geschlossen zu werden; korrigieren Sie das von Hand.</translation>
    </message>
    <message>
        <source>%1 holds the block Telemetry Lens manages twice (second at line %2); remove one by hand.</source>
        <translation>%1 enthält den von Telemetry Lens verwalteten Block zweimal (der zweite in Zeile %2); entfernen Sie einen von Hand.</translation>
    </message>
    <message>
        <source>%1: the block Telemetry Lens manages closes at line %2 without opening; fix it by hand.</source>
        <translation>%1: Der von Telemetry Lens verwaltete Block wird in Zeile %2 geschlossen, ohne geöffnet worden zu sein; korrigieren Sie das von Hand.</translation>
    </message>
    <message>
        <source>%1: the block Telemetry Lens manages opens at line %2 but never closes; fix it by hand.</source>
        <translation>%1: Der von Telemetry Lens verwaltete Block wird in Zeile %2 geöffnet, aber nie geschlossen; korrigieren Sie das von Hand.</translation>
    </message>
    <message>
        <source>%1: the value for %2 needs quoting, which Telemetry Lens does not write.</source>
        <translation>%1: Der Wert für %2 müsste in Anführungszeichen stehen, was Telemetry Lens nicht schreibt.</translation>
    </message>
</context>
<context>
    <name>EnvReport</name>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>set (value hidden)</source>
        <translation>gesetzt (Wert verborgen)</translation>
    </message>
    <message>
        <source>%1: in this session %2, in new terminals %3.</source>
        <translation>%1: in dieser Sitzung %2, in neuen Terminals %3.</translation>
    </message>
</context>
<context>
    <name>EnvSources</name>
    <message>
        <source>Read once, at its later place in the order (%1).</source>
        <translation>Wird nur einmal gelesen, an seiner späteren Stelle in der Reihenfolge (%1).</translation>
    </message>
    <message>
        <source>an unknown shell</source>
        <translation>eine unbekannte Shell</translation>
    </message>
    <message>
        <source>Only the display managers of Debian and Ubuntu read ~/.profile; this system&apos;s does not.</source>
        <translation>Nur die Anmeldemanager von Debian und Ubuntu lesen ~/.profile; der dieses Systems nicht.</translation>
    </message>
    <message>
        <source>bash reads only the first existing of ~/.bash_profile, ~/.bash_login and ~/.profile, which here is %1.</source>
        <translation>bash liest nur die erste vorhandene Datei von ~/.bash_profile, ~/.bash_login und ~/.profile, hier %1.</translation>
    </message>
    <message>
        <source>Only %1 reads this file, but %2 logs in with %3.</source>
        <translation>Nur %1 liest diese Datei, aber %2 meldet sich mit %3 an.</translation>
    </message>
    <message>
        <source>this user</source>
        <translation>dieser Benutzer</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, far more than a start-up file needs, so its environment settings were not read. Check what wrote it, then shrink or remove it.</source>
        <translation>%1 ist größer als %2 Bytes, weit mehr, als eine Startdatei braucht, daher wurden ihre Umgebungseinstellungen nicht gelesen. Prüfen Sie, was die Datei geschrieben hat, und verkleinern oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a directory, FIFO or device), so it was not read; the shell cannot use it either. Remove it or replace it with a regular file.</source>
        <translation>%1 ist keine gewöhnliche Datei (ein Ordner, FIFO oder Gerät) und wurde daher nicht gelesen; auch die Shell kann sie nicht verwenden. Entfernen Sie sie oder ersetzen Sie sie durch eine gewöhnliche Datei.</translation>
    </message>
    <message>
        <source>%1 could not be read, so its environment settings are unknown: %2</source>
        <translation>%1 konnte nicht gelesen werden, daher sind ihre Umgebungseinstellungen unbekannt: %2</translation>
    </message>
    <message>
        <source>%1 contains binary data, not text, so it was skipped; a shell cannot use it either. Check what wrote it and restore it from a backup.</source>
        <translation>%1 enthält Binärdaten statt Text und wurde daher übersprungen; auch eine Shell kann sie nicht verwenden. Prüfen Sie, was die Datei geschrieben hat, und stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 starts with a byte order mark (BOM), which the shell reads as part of the first command, so the first line has no effect. Save the file as UTF-8 without BOM.</source>
        <translation>%1 beginnt mit einer Bytereihenfolge-Markierung (BOM), die die Shell als Teil des ersten Befehls liest, daher bleibt die erste Zeile wirkungslos. Speichern Sie die Datei als UTF-8 ohne BOM.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; it was read as far as possible with the invalid bytes replaced. Save it as UTF-8 so that every setting is recognised.</source>
        <translation>%1 ist kein gültiges UTF-8; die Datei wurde so weit wie möglich gelesen, ungültige Bytes wurden ersetzt. Speichern Sie sie als UTF-8, damit jede Einstellung erkannt wird.</translation>
    </message>
    <message>
        <source>%1 has Windows (CRLF) line endings. Its settings are shown without the carriage returns, but the shell keeps one at the end of each value, so a tool may not recognise a setting such as &quot;1&quot;. Convert the file with dos2unix.</source>
        <translation>%1 hat Windows-Zeilenenden (CRLF). Ihre Einstellungen werden ohne Wagenrückläufe angezeigt, aber die Shell behält am Ende jedes Werts einen, sodass ein Werkzeug eine Einstellung wie &quot;1&quot; womöglich nicht erkennt. Wandeln Sie die Datei mit dos2unix um.</translation>
    </message>
    <message>
        <source>%1 line %2: a quote or bracket opened here is never closed, so the shell stops with a syntax error and settings from this line on do not apply. Close the quote.</source>
        <translation>%1 Zeile %2: Ein hier geöffnetes Anführungszeichen oder eine hier geöffnete Klammer wird nie geschlossen, daher bricht die Shell mit einem Syntaxfehler ab, und Einstellungen ab dieser Zeile gelten nicht. Schließen Sie das Anführungszeichen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 line %2 is not a KEY=VALUE assignment and is ignored (%n such line(s) in the file). Correct or remove it.</source>
        <translation>
            <numerusform>%1 Zeile %2 ist keine Zuweisung der Form KEY=VALUE und wird ignoriert (%n solche Zeile in der Datei). Korrigieren oder entfernen Sie sie.</numerusform>
            <numerusform>%1 Zeile %2 ist keine Zuweisung der Form KEY=VALUE und wird ignoriert (%n solche Zeilen in der Datei). Korrigieren oder entfernen Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 line %2 sources %3, which is already being read (a loop); it was read once. Remove the loop.</source>
        <translation>%1 Zeile %2 bindet %3 ein, das bereits gelesen wird (eine Schleife); die Datei wurde einmal gelesen. Entfernen Sie die Schleife.</translation>
    </message>
    <message>
        <source>%1 line %2 sources files more than %3 levels deep; %4 and what it sources were not read. Flatten the chain of source commands.</source>
        <translation>%1 Zeile %2 bindet Dateien mehr als %3 Ebenen tief ein; %4 und was diese Datei einbindet, wurden nicht gelesen. Verkürzen Sie die Kette der source-Befehle.</translation>
    </message>
    <message>
        <source>Sourced conditionally from %1 line %2.</source>
        <translation>Bedingt eingebunden aus %1 Zeile %2.</translation>
    </message>
    <message>
        <source>Sourced from %1 line %2.</source>
        <translation>Eingebunden aus %1 Zeile %2.</translation>
    </message>
    <message>
        <source>Run by /etc/profile.</source>
        <translation>Ausgeführt von /etc/profile.</translation>
    </message>
    <message>
        <source>%1 has the same name and replaces it.</source>
        <translation>%1 hat denselben Namen und ersetzt sie.</translation>
    </message>
    <message>
        <source>zsh reads %1 instead: ZDOTDIR is set to %2.</source>
        <translation>zsh liest stattdessen %1: ZDOTDIR ist auf %2 gesetzt.</translation>
    </message>
</context>
<context>
    <name>FleetReport</name>
    <message>
        <source>%1 holds no audit reports (*.json files).</source>
        <translation>%1 enthält keine Prüfberichte (*.json-Dateien).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>No audit reports were given.</source>
        <translation>Es wurden keine Prüfberichte angegeben.</translation>
    </message>
    <message numerus="yes">
        <source>Fleet: %n host(s)</source>
        <translation>
            <numerusform>Flotte: %n Rechner</numerusform>
            <numerusform>Flotte: %n Rechner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a collecting tool</source>
        <translation>
            <numerusform>%n mit einem erfassenden Werkzeug</numerusform>
            <numerusform>%n mit einem erfassenden Werkzeug</numerusform>
        </translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>● collecting, ▲ misconfigured, ○ off, - not in the report; n/m: accounts of the host</source>
        <translation>● erfasst, ▲ fehlkonfiguriert, ○ aus, - nicht im Bericht; n/m: Konten des Rechners</translation>
    </message>
    <message>
        <source>Totals per tool:</source>
        <translation>Summen je Werkzeug:</translation>
    </message>
    <message numerus="yes">
        <source>collecting on %1, misconfigured on %2, off on %3 of %n host(s)</source>
        <translation>
            <numerusform>erfasst auf %1, fehlkonfiguriert auf %2, aus auf %3 von %n Rechner</numerusform>
            <numerusform>erfasst auf %1, fehlkonfiguriert auf %2, aus auf %3 von %n Rechnern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored report(s)</source>
        <translation>
            <numerusform>%n gespeicherter Bericht</numerusform>
            <numerusform>%n gespeicherte Berichte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identifier(s)</source>
        <translation>
            <numerusform>%n Kennung</numerusform>
            <numerusform>%n Kennungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Telemetry Lens fleet report</source>
        <translation>Flottenbericht von Telemetry Lens</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n Rechner</numerusform>
            <numerusform>%n Rechner</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n account(s)</source>
        <translation>
            <numerusform>%1 von %n Konto</numerusform>
            <numerusform>%1 von %n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>Collecting on</source>
        <translation>Erfasst auf</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s)</source>
        <translation>
            <numerusform>%1 von %n Rechner</numerusform>
            <numerusform>%1 von %n Rechnern</numerusform>
        </translation>
    </message>
    <message>
        <source>Totals per tool</source>
        <translation>Summen je Werkzeug</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Collecting</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Misconfigured</source>
        <translation>Fehlkonfiguriert</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Stored reports</source>
        <translation>Gespeicherte Berichte</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
</context>
<context>
    <name>Grammar</name>
    <message>
        <source>%1 accepts exactly 1 or 0 here; any other value makes it raise an error at start.</source>
        <translation>%1 akzeptiert hier genau 1 oder 0; jeder andere Wert führt beim Start zu einem Fehler.</translation>
    </message>
    <message>
        <source>%1 accepts true, yes, 1, false, no or 0 here; any other value makes it raise an error.</source>
        <translation>%1 akzeptiert hier true, yes, 1, false, no oder 0; jeder andere Wert führt zu einem Fehler.</translation>
    </message>
    <message>
        <source>An internal testing switch that forces telemetry on past every opt-out.</source>
        <translation>Ein interner Testschalter, der die Telemetrie entgegen jeder Abschaltung erzwingt.</translation>
    </message>
    <message>
        <source>%1=true forces %2 telemetry on, whatever else is set. Remove it.</source>
        <translation>%1=true erzwingt die %2-Telemetrie, was auch immer sonst gesetzt ist. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>Only the value true has an effect.</source>
        <translation>Nur der Wert true wirkt.</translation>
    </message>
    <message>
        <source>false and 0 do not disable telemetry.</source>
        <translation>false und 0 deaktivieren die Telemetrie nicht.</translation>
    </message>
    <message>
        <source>An unusual value: recent %1 releases treat it as disabled, older ones may not.</source>
        <translation>Ein ungewöhnlicher Wert: Neuere %1-Versionen werten ihn als deaktiviert, ältere womöglich nicht.</translation>
    </message>
    <message>
        <source>%1 has the unusual value &quot;%2&quot;; set it to true to be sure.</source>
        <translation>%1 hat den ungewöhnlichen Wert „%2“; setzen Sie ihn auf true, um sicherzugehen.</translation>
    </message>
    <message>
        <source>%1 only honours DO_NOT_TRACK=true; this value is ignored.</source>
        <translation>%1 beachtet nur DO_NOT_TRACK=true; dieser Wert wird ignoriert.</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK=%1 is ignored by %2, which only honours DO_NOT_TRACK=true. Set MLFLOW_DISABLE_TELEMETRY=true instead.</source>
        <translation>DO_NOT_TRACK=%1 wird von %2 ignoriert, das nur DO_NOT_TRACK=true beachtet. Setzen Sie stattdessen MLFLOW_DISABLE_TELEMETRY=true.</translation>
    </message>
    <message>
        <source>Its mere presence switches %1 telemetry off (a CI or managed runtime is assumed).</source>
        <translation>Schon ihr Vorhandensein schaltet die %1-Telemetrie ab (es wird eine CI- oder verwaltete Laufzeitumgebung angenommen).</translation>
    </message>
    <message>
        <source>Only &quot;true&quot; enables; &quot;%1&quot; disables.</source>
        <translation>Nur &quot;true&quot; aktiviert; &quot;%1&quot; deaktiviert.</translation>
    </message>
    <message>
        <source>A Rasa Pro developer licence: telemetry is always on and nothing overrides it.</source>
        <translation>Eine Rasa-Pro-Entwicklerlizenz: Die Telemetrie ist immer an, und nichts setzt das außer Kraft.</translation>
    </message>
    <message>
        <source>A Rasa Pro developer licence is set in %1; with it Rasa always collects telemetry.</source>
        <translation>In %1 ist eine Rasa-Pro-Entwicklerlizenz gesetzt; damit erfasst Rasa immer Telemetrie.</translation>
    </message>
    <message>
        <source>A Rasa Pro licence. With a developer licence telemetry is always on.</source>
        <translation>Eine Rasa-Pro-Lizenz. Mit einer Entwicklerlizenz ist die Telemetrie immer an.</translation>
    </message>
    <message>
        <source>A test switch of %1: any value containing 1 or y turns its analytics off.</source>
        <translation>Ein Test-Schalter von %1: Jeder Wert, der 1 oder y enthält, schaltet die Analyse ab.</translation>
    </message>
    <message>
        <source>Only values containing 1 or y (any case) have an effect.</source>
        <translation>Nur Werte, die 1 oder y enthalten (in jeder Schreibweise), wirken.</translation>
    </message>
    <message>
        <source>Consent given: %1 sends usage data.</source>
        <translation>Zustimmung erteilt: %1 sendet Nutzungsdaten.</translation>
    </message>
    <message>
        <source>No consent: %1 sends nothing.</source>
        <translation>Keine Zustimmung: %1 sendet nichts.</translation>
    </message>
</context>
<context>
    <name>IniDocument</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>section [%1] appears twice; configparser refuses such a file</source>
        <translation>Abschnitt [%1] kommt zweimal vor; configparser lehnt eine solche Datei ab</translation>
    </message>
    <message>
        <source>text before the first [section] header; configparser refuses such a file</source>
        <translation>Text vor der ersten [Abschnitt]-Überschrift; configparser lehnt eine solche Datei ab</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a section header nor key = value</source>
        <translation>„%1“ ist weder eine Abschnittsüberschrift noch key = value</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; appears twice in section [%2]; configparser refuses such a file</source>
        <translation>Schlüssel „%1“ kommt im Abschnitt [%2] zweimal vor; configparser lehnt eine solche Datei ab</translation>
    </message>
</context>
<context>
    <name>IniKeyWriter</name>
    <message>
        <source>%1 is not valid UTF-8 text, so %2 cannot read it; it was left unchanged. Fix the file and try again.</source>
        <translation>%1 ist kein gültiger UTF-8-Text, daher kann %2 die Datei nicht lesen; sie wurde nicht geändert. Korrigieren Sie die Datei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be read the way %2 reads it (%3), so it was left unchanged. Fix the file and try again.</source>
        <translation>%1 lässt sich nicht so lesen, wie %2 es liest (%3), daher wurde die Datei nicht geändert. Korrigieren Sie die Datei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 could not be changed safely (the result would not read back as intended); it was left unchanged. Set [%2] %3 = %4 by hand.</source>
        <translation>%1 konnte nicht sicher geändert werden (das Ergebnis ließe sich nicht wie beabsichtigt zurücklesen); die Datei wurde nicht geändert. Setzen Sie [%2] %3 = %4 von Hand.</translation>
    </message>
</context>
<context>
    <name>JsonEdit</name>
    <message>
        <source>it is not valid JSON</source>
        <translation>es kein gültiges JSON ist</translation>
    </message>
    <message>
        <source>it does not hold a JSON object</source>
        <translation>es kein JSON-Objekt enthält</translation>
    </message>
    <message>
        <source>its structure could not be followed</source>
        <translation>sein Aufbau nicht nachvollzogen werden konnte</translation>
    </message>
</context>
<context>
    <name>JsonKeyWriter</name>
    <message>
        <source>%1 does not exist yet, and %2 only accepts this file with an id it makes itself. Run %2 once, then try again.</source>
        <translation>%1 gibt es noch nicht, und %2 nimmt diese Datei nur mit einer selbst erzeugten Kennung an. Starten Sie %2 einmal und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 was left alone because %2. Correct it (or move it away) and try again.</source>
        <translation>%1 wurde nicht verändert, weil %2. Korrigieren Sie die Datei (oder verschieben Sie sie) und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>JsonSetting</name>
    <message>
        <source>The file has no &quot;version&quot;: 1, so every ng command fails with &quot;Workspace config file cannot be loaded&quot;.</source>
        <translation>Die Datei hat kein &quot;version&quot;: 1, daher scheitert jeder ng-Befehl mit &quot;Workspace config file cannot be loaded&quot;.</translation>
    </message>
    <message>
        <source>%1 expects an object holding %2 here; any other value makes every command fail.</source>
        <translation>%1 erwartet hier ein Objekt mit %2; jeder andere Wert lässt jeden Befehl scheitern.</translation>
    </message>
    <message>
        <source>A string, which %1 treats as true.</source>
        <translation>Eine Zeichenkette, die %1 als wahr behandelt.</translation>
    </message>
    <message>
        <source>%1 is the string %2 in %3, which %4 treats as true: telemetry stays on. Write the JSON boolean false, without quotes.</source>
        <translation>%1 ist die Zeichenkette %2 in %3, die %4 als wahr behandelt: Die Telemetrie bleibt an. Schreiben Sie den JSON-Wahrheitswert false, ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>A string, which %1 treats as true: telemetry is off.</source>
        <translation>Eine Zeichenkette, die %1 als wahr behandelt: Die Telemetrie ist aus.</translation>
    </message>
    <message>
        <source>%1 is the string %2 in %3, which %4 treats as true, so telemetry is off. Write the JSON boolean true to say what you mean.</source>
        <translation>%1 ist die Zeichenkette %2 in %3, die %4 als wahr behandelt, daher ist die Telemetrie aus. Schreiben Sie den JSON-Wahrheitswert true, um es eindeutig zu sagen.</translation>
    </message>
    <message>
        <source>%1 accepts only the JSON booleans true or false here; %2 makes every command fail with &quot;An unexpected error occurred while trying to read the config&quot;.</source>
        <translation>%1 akzeptiert hier nur die JSON-Wahrheitswerte true oder false; %2 lässt jeden Befehl mit &quot;An unexpected error occurred while trying to read the config&quot; scheitern.</translation>
    </message>
    <message>
        <source>A string here is the user id Angular sends with every event.</source>
        <translation>Eine Zeichenkette ist hier die Nutzerkennung, die Angular mit jedem Ereignis sendet.</translation>
    </message>
    <message>
        <source>An empty user id: Angular sends nothing.</source>
        <translation>Eine leere Nutzerkennung: Angular sendet nichts.</translation>
    </message>
    <message>
        <source>%1 is the string &quot;false&quot; in %2, which Angular takes as your user id: analytics are on. Write the JSON boolean false.</source>
        <translation>%1 ist die Zeichenkette &quot;false&quot; in %2, die Angular als Ihre Nutzerkennung nimmt: Die Analysen sind an. Schreiben Sie den JSON-Wahrheitswert false.</translation>
    </message>
    <message>
        <source>An object with a uid: Angular sends that user id.</source>
        <translation>Ein Objekt mit uid: Angular sendet diese Nutzerkennung.</translation>
    </message>
    <message>
        <source>No user id: Angular asks in an interactive terminal and otherwise sends nothing.</source>
        <translation>Keine Nutzerkennung: Angular fragt in einem interaktiven Terminal und sendet sonst nichts.</translation>
    </message>
    <message>
        <source>%1 is no user id: Angular asks in an interactive terminal and otherwise sends nothing.</source>
        <translation>%1 ist keine Nutzerkennung: Angular fragt in einem interaktiven Terminal und sendet sonst nichts.</translation>
    </message>
    <message>
        <source>Without a valid date from 4 July 2022 on, %1 replaces this with enabled: true at its next run.</source>
        <translation>Ohne gültiges Datum ab dem 4. Juli 2022 ersetzt %1 dies beim nächsten Lauf durch enabled: true.</translation>
    </message>
    <message>
        <source>%1 in %2 has no valid date next to it, so %3 turns it back to true at its next run, even for a status command. Switch %3 off with Telemetry Lens, which writes the date.</source>
        <translation>%1 in %2 hat kein gültiges Datum daneben, daher setzt %3 es beim nächsten Lauf wieder auf true, selbst bei einem Statusbefehl. Schalten Sie %3 mit Telemetry Lens ab, das das Datum schreibt.</translation>
    </message>
    <message>
        <source>null counts as off, although the status command says Enabled.</source>
        <translation>null zählt als aus, obwohl der Statusbefehl Enabled anzeigt.</translation>
    </message>
    <message>
        <source>%1 is null in %2: %3 sends nothing, but its status command prints Enabled.</source>
        <translation>%1 ist null in %2: %3 sendet nichts, aber sein Statusbefehl zeigt Enabled.</translation>
    </message>
</context>
<context>
    <name>OptOutPlanner</name>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation>%1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which does not exist; it was left alone. Create the file it points to, or remove the link, and try again.</source>
        <translation>%1 ist eine Verknüpfung auf %2, das nicht existiert; sie wurde nicht angetastet. Legen Sie die Datei an, auf die sie zeigt, oder entfernen Sie die Verknüpfung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be created: part of its path is a file, not a folder.</source>
        <translation>%1 kann nicht erstellt werden: Ein Teil des Pfads ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, FIFO or device); it was left alone.</source>
        <translation>%1 ist keine gewöhnliche Datei (ein Ordner, FIFO oder Gerät); sie wurde nicht angetastet.</translation>
    </message>
    <message>
        <source>%1 is a loop of symbolic links; fix or remove the link.</source>
        <translation>%1 ist eine Schleife symbolischer Verknüpfungen; korrigieren oder entfernen Sie die Verknüpfung.</translation>
    </message>
    <message>
        <source>%1 could not be examined: permission denied.</source>
        <translation>%1 konnte nicht untersucht werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, outside %3. Telemetry Lens writes only inside %3, so it left both unchanged: change %2 by hand, or replace the link with a file.</source>
        <translation>%1 ist eine Verknüpfung auf %2, außerhalb von %3. Telemetry Lens schreibt nur innerhalb von %3 und hat daher beides unverändert gelassen: Ändern Sie %2 von Hand oder ersetzen Sie die Verknüpfung durch eine Datei.</translation>
    </message>
    <message>
        <source>%1 Check it by hand.</source>
        <translation>%1 Prüfen Sie das von Hand.</translation>
    </message>
    <message>
        <source>%1 is set to %2 in %3 line %4, which depends on other variables, so Telemetry Lens cannot tell which file %5 reads. Set it to a plain path and try again.</source>
        <translation>%1 wird in %3 Zeile %4 auf %2 gesetzt, was von anderen Variablen abhängt; daher kann Telemetry Lens nicht feststellen, welche Datei %5 liest. Setzen Sie einen einfachen Pfad und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is set to the relative path %2, so the file %3 reads depends on the folder it starts in. Set it to an absolute path and try again.</source>
        <translation>%1 ist auf den relativen Pfad %2 gesetzt, daher hängt die Datei, die %3 liest, vom Startordner ab. Setzen Sie einen absoluten Pfad und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>login shells of every account</source>
        <translation>die Login-Shells aller Konten</translation>
    </message>
    <message>
        <source>every login session of every account (read by PAM)</source>
        <translation>jede Anmeldesitzung aller Konten (von PAM gelesen)</translation>
    </message>
    <message>
        <source>login shells and, on Debian and Ubuntu, the graphical session</source>
        <translation>Login-Shells und, unter Debian und Ubuntu, die grafische Sitzung</translation>
    </message>
    <message>
        <source>bash login shells, which read it instead of ~/.profile</source>
        <translation>bash-Login-Shells, die sie statt ~/.profile lesen</translation>
    </message>
    <message>
        <source>every zsh, which does not read ~/.profile</source>
        <translation>jede zsh, die ~/.profile nicht liest</translation>
    </message>
    <message>
        <source>every fish shell, which does not read ~/.profile</source>
        <translation>jede fish-Shell, die ~/.profile nicht liest</translation>
    </message>
    <message>
        <source>programs started by the systemd user session (the graphical desktop)</source>
        <translation>Programme, die von der systemd-Benutzersitzung gestartet werden (die grafische Arbeitsumgebung)</translation>
    </message>
    <message>
        <source>Unknown tool &quot;%1&quot;; known tools: %2.</source>
        <translation>Unbekanntes Werkzeug „%1“; bekannte Werkzeuge: %2.</translation>
    </message>
    <message>
        <source>%1 has no environment variable that switches it off, so it cannot be switched machine-wide.</source>
        <translation>%1 hat keine Umgebungsvariable, die es abschaltet, daher kann es nicht rechnerweit umgeschaltet werden.</translation>
    </message>
    <message>
        <source>Telemetry Lens knows no setting that switches %1 off.</source>
        <translation>Telemetry Lens kennt keine Einstellung, die %1 abschaltet.</translation>
    </message>
    <message>
        <source>Ray reads usage_stats from this file; the JSON boolean false switches its usage statistics off.</source>
        <translation>Ray liest usage_stats aus dieser Datei; der JSON-Wahrheitswert false schaltet seine Nutzungsstatistiken ab.</translation>
    </message>
    <message>
        <source>Ray reads usage_stats from this file; true switches its usage statistics on again.</source>
        <translation>Ray liest usage_stats aus dieser Datei; true schaltet seine Nutzungsstatistiken wieder ein.</translation>
    </message>
    <message>
        <source>Ray reads this when a cluster starts: clusters already running keep reporting until they are restarted.</source>
        <translation>Ray liest dies beim Start eines Clusters: Bereits laufende Cluster senden weiter Berichte, bis sie neu gestartet werden.</translation>
    </message>
    <message>
        <source>Skyplane reads [flags] usage_stats from this INI file; False switches its usage statistics off.</source>
        <translation>Skyplane liest [flags] usage_stats aus dieser INI-Datei; False schaltet seine Nutzungsstatistiken ab.</translation>
    </message>
    <message>
        <source>Skyplane reads [flags] usage_stats from this INI file; True switches its usage statistics on again.</source>
        <translation>Skyplane liest [flags] usage_stats aus dieser INI-Datei; True schaltet seine Nutzungsstatistiken wieder ein.</translation>
    </message>
    <message>
        <source>Rasa reads metrics.enabled from this file; the YAML boolean false switches its telemetry off.</source>
        <translation>Rasa liest metrics.enabled aus dieser Datei; der YAML-Wahrheitswert false schaltet seine Telemetrie ab.</translation>
    </message>
    <message>
        <source>Rasa reads metrics.enabled from this file; the YAML boolean true switches its telemetry on again.</source>
        <translation>Rasa liest metrics.enabled aus dieser Datei; der YAML-Wahrheitswert true schaltet seine Telemetrie wieder ein.</translation>
    </message>
    <message>
        <source>%1 reads %2 from the environment; this file gives %2=%3 to %4.</source>
        <translation>%1 liest %2 aus der Umgebung; diese Datei übergibt %2=%3 an %4.</translation>
    </message>
    <message>
        <source>Removes %1 from the block Telemetry Lens manages, so %2 is no longer switched off here.</source>
        <translation>Entfernt %1 aus dem von Telemetry Lens verwalteten Block, sodass %2 hier nicht mehr abgeschaltet wird.</translation>
    </message>
    <message>
        <source>Programs already running keep their old environment: open a new terminal or log in again for %1 to see %2.</source>
        <translation>Bereits laufende Programme behalten ihre alte Umgebung: Öffnen Sie ein neues Terminal oder melden Sie sich neu an, damit %1 %2 sieht.</translation>
    </message>
    <message>
        <source>%1 stays switched off by %2=%3 in %4 line %5, outside what Telemetry Lens manages: remove that line to switch it on.</source>
        <translation>%1 bleibt durch %2=%3 in %4 Zeile %5 abgeschaltet, außerhalb dessen, was Telemetry Lens verwaltet: Entfernen Sie diese Zeile, um es einzuschalten.</translation>
    </message>
    <message>
        <source>%1 is neither in the home folder nor in /etc; Telemetry Lens does not change it. Edit line %2 by hand.</source>
        <translation>%1 liegt weder im Home-Ordner noch in /etc; Telemetry Lens ändert die Datei nicht. Bearbeiten Sie Zeile %2 von Hand.</translation>
    </message>
    <message>
        <source>%1 line %2 is inside the block Telemetry Lens manages; it is not an override.</source>
        <translation>%1 Zeile %2 liegt im von Telemetry Lens verwalteten Block; sie ist keine Überschreibung.</translation>
    </message>
    <message>
        <source>Comments out line %1, which sets %2 and overrides the opt-out (--fix-overrides); undo restores it.</source>
        <translation>Kommentiert Zeile %1 aus, die %2 setzt und die Abschaltung überschreibt (--fix-overrides); undo stellt sie wieder her.</translation>
    </message>
    <message>
        <source>a variable</source>
        <translation>eine Variable</translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2</source>
        <translation>%1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>%1 reads %2 from this TOML file; the TOML boolean false switches it off.</source>
        <translation>%1 liest %2 aus dieser TOML-Datei; der TOML-Wahrheitswert false schaltet es ab.</translation>
    </message>
    <message>
        <source>%1 reads %2 from this TOML file; the TOML boolean true switches it on again.</source>
        <translation>%1 liest %2 aus dieser TOML-Datei; der TOML-Wahrheitswert true schaltet es wieder ein.</translation>
    </message>
    <message>
        <source>%1 is switched for the whole machine in %2; use --scope system (as root) to change it.</source>
        <translation>%1 wird für den ganzen Rechner in %2 geschaltet; ändern Sie es mit --scope system (als root).</translation>
    </message>
    <message>
        <source>%1 is set to %2 in %3 line %4, so Telemetry Lens cannot tell which file %5 reads. Set it to a plain absolute path and try again.</source>
        <translation>%1 ist in %3 Zeile %4 auf %2 gesetzt, daher kann Telemetry Lens nicht sagen, welche Datei %5 liest. Setzen Sie einen einfachen absoluten Pfad und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Telemetry Lens has no writer named %1 for the settings file of %2.</source>
        <translation>Telemetry Lens kennt keinen Schreiber namens %1 für die Einstellungsdatei von %2.</translation>
    </message>
    <message>
        <source>%1 reads %2 from this file; %3 switches it off.</source>
        <translation>%1 liest %2 aus dieser Datei; %3 schaltet es ab.</translation>
    </message>
    <message>
        <source>%1 reads %2 from this file; without it, %1 is back to its default.</source>
        <translation>%1 liest %2 aus dieser Datei; ohne den Eintrag gilt wieder die Voreinstellung von %1.</translation>
    </message>
    <message>
        <source>%1 reads %2 from this file; %3 switches it on again.</source>
        <translation>%1 liest %2 aus dieser Datei; %3 schaltet es wieder ein.</translation>
    </message>
    <message>
        <source>%1 reads %2 from this YAML file; the YAML boolean false switches it off.</source>
        <translation>%1 liest %2 aus dieser YAML-Datei; der YAML-Wahrheitswert false schaltet es ab.</translation>
    </message>
    <message>
        <source>%1 reads %2 from this YAML file; the YAML boolean true switches it on again.</source>
        <translation>%1 liest %2 aus dieser YAML-Datei; der YAML-Wahrheitswert true schaltet es wieder ein.</translation>
    </message>
    <message>
        <source>Ultralytics reads sync from this JSON file; the JSON boolean false switches its events and crash reports off. Every other key and the settings_version are kept.</source>
        <translation>Ultralytics liest sync aus dieser JSON-Datei; der JSON-Wahrheitswert false schaltet seine Ereignisse und Absturzberichte ab. Jeder andere Schlüssel und die settings_version bleiben erhalten.</translation>
    </message>
    <message>
        <source>Ultralytics reads sync from this JSON file; true switches its events on again.</source>
        <translation>Ultralytics liest sync aus dieser JSON-Datei; true schaltet seine Ereignisse wieder ein.</translation>
    </message>
    <message>
        <source>Ultralytics resets this file, sync included, when its keys, types or settings_version no longer match the installed release, for example after an upgrade: check again after upgrading Ultralytics.</source>
        <translation>Ultralytics setzt diese Datei samt sync zurück, wenn ihre Schlüssel, Typen oder settings_version nicht mehr zur installierten Version passen, zum Beispiel nach einem Upgrade: Prüfen Sie nach einem Upgrade von Ultralytics erneut.</translation>
    </message>
    <message>
        <source>%1 reads this file after %2, so its %3 line would decide; it is set the same way.</source>
        <translation>%1 liest diese Datei nach %2, ihre %3-Zeile würde also entscheiden; sie wird ebenso gesetzt.</translation>
    </message>
    <message>
        <source>%1 beats the setting written for %2, so %3=%4 is set in the environment too, which %2 reads before any settings file.</source>
        <translation>%1 hat Vorrang vor der für %2 geschriebenen Einstellung; daher wird zusätzlich %3=%4 in der Umgebung gesetzt, die %2 vor jeder Einstellungsdatei liest.</translation>
    </message>
</context>
<context>
    <name>OverrideFixer</name>
    <message>
        <source>%1 no longer exists, so line %2 could not be disabled.</source>
        <translation>%1 existiert nicht mehr, daher konnte Zeile %2 nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>%1 has no line %2 (it has %3); scan again and retry.</source>
        <translation>%1 hat keine Zeile %2 (sondern %3); untersuchen Sie erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>%1 line %2 no longer sets %3; scan again and retry.</source>
        <translation>%1 Zeile %2 setzt %3 nicht mehr; untersuchen Sie erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>%1 line %2 continues onto the next line; commenting it out would change what the next line does, so it was left unchanged. Edit it by hand.</source>
        <translation>%1 Zeile %2 wird in der nächsten Zeile fortgesetzt; sie auszukommentieren würde ändern, was die nächste Zeile bewirkt, daher wurde sie nicht geändert. Bearbeiten Sie sie von Hand.</translation>
    </message>
</context>
<context>
    <name>Payloads</name>
    <message>
        <source>Each new cluster has a new session_id (its cluster id); the one shown is a made-up example.</source>
        <translation>Jeder neue Cluster hat eine neue session_id (seine Cluster-ID); die angezeigte ist ein erfundenes Beispiel.</translation>
    </message>
    <message>
        <source>Values Ray measures while the cluster runs (nodes, memory, GPUs, libraries used, its own counters in extra_usage_tags) are null here; Ray fills them in.</source>
        <translation>Werte, die Ray während der Laufzeit des Clusters misst (Knoten, Speicher, GPUs, verwendete Bibliotheken, seine eigenen Zähler in extra_usage_tags), sind hier null; Ray füllt sie aus.</translation>
    </message>
    <message>
        <source>The first report is sent about a minute after the cluster starts, then one every hour.</source>
        <translation>Der erste Bericht wird etwa eine Minute nach dem Start des Clusters gesendet, danach einer pro Stunde.</translation>
    </message>
    <message>
        <source>No installed Ray version was found, so ray_version is null.</source>
        <translation>Es wurde keine installierte Ray-Version gefunden, daher ist ray_version null.</translation>
    </message>
    <message>
        <source>Skyplane posts the report as a Loki log line: {&quot;streams&quot;: [{&quot;stream&quot;: {&quot;type&quot;: &quot;usage&quot; or &quot;error&quot;, &quot;environment&quot;: &quot;api&quot;}, &quot;values&quot;: [[&quot;&lt;time in ns&gt;&quot;, &quot;&lt;this report as JSON text&gt;&quot;]]}]}.</source>
        <translation>Skyplane sendet den Bericht als Loki-Protokollzeile: {&quot;streams&quot;: [{&quot;stream&quot;: {&quot;type&quot;: &quot;usage&quot; or &quot;error&quot;, &quot;environment&quot;: &quot;api&quot;}, &quot;values&quot;: [[&quot;&lt;time in ns&gt;&quot;, &quot;&lt;this report as JSON text&gt;&quot;]]}]}.</translation>
    </message>
    <message>
        <source>Regions, cloud providers, command arguments and transfer statistics come from the transfer itself and are null here; for a copy from or to this computer the region is the local path.</source>
        <translation>Regionen, Cloud-Anbieter, Befehlsargumente und Übertragungsstatistiken stammen aus der Übertragung selbst und sind hier null; bei einer Kopie von oder zu diesem Rechner ist die Region der lokale Pfad.</translation>
    </message>
    <message>
        <source>Every event gets a new session_id: the date and time plus 8 random hex digits.</source>
        <translation>Jedes Ereignis erhält eine neue session_id: Datum und Uhrzeit plus 8 zufällige Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>No client id was found yet: Skyplane writes one (this machine&apos;s MAC address) on its first run.</source>
        <translation>Es wurde noch keine Client-ID gefunden: Skyplane schreibt bei seinem ersten Lauf eine (die MAC-Adresse dieses Rechners).</translation>
    </message>
    <message>
        <source>One example event; MLflow sends up to 500 of them per request, every 10 seconds. session_id and partition-key are new random values.</source>
        <translation>Ein Beispielereignis; MLflow sendet bis zu 500 davon pro Anfrage, alle 10 Sekunden. session_id und partition-key sind neue Zufallswerte.</translation>
    </message>
    <message>
        <source>params is JSON text inside the JSON (a string), not an object.</source>
        <translation>params ist JSON-Text innerhalb des JSON (eine Zeichenkette), kein Objekt.</translation>
    </message>
    <message>
        <source>No installation id exists yet: MLflow creates one at its first run; the one shown is a made-up example.</source>
        <translation>Es gibt noch keine Installations-ID: MLflow erstellt sie bei seinem ersten Lauf; die angezeigte ist ein erfundenes Beispiel.</translation>
    </message>
    <message>
        <source>tracking_uri_scheme depends on the tracking store your MLflow version uses by default; it is null here.</source>
        <translation>tracking_uri_scheme hängt davon ab, welchen Tracking-Speicher Ihre MLflow-Version standardmäßig verwendet; hier ist es null.</translation>
    </message>
    <message>
        <source>project is the SHA-256 of the output of `git remote get-url origin` in the project folder (null outside a Git repository); directory is the SHA-256 of the folder Rasa runs in, here %1.</source>
        <translation>project ist der SHA-256-Wert der Ausgabe von `git remote get-url origin` im Projektordner (null außerhalb eines Git-Repositorys); directory ist der SHA-256-Wert des Ordners, in dem Rasa läuft, hier %1.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Event-specific properties (for Training Started: counts of intents, entities and actions, the pipeline and policies) are sent next to metrics_id.</source>
        <translation>Ereignisspezifische Eigenschaften (für Training Started: Anzahl der Intents, Entitäten und Aktionen, die Pipeline und die Policies) werden neben metrics_id gesendet.</translation>
    </message>
    <message>
        <source>No rasa_user_id exists yet: Rasa creates one at its next run; the one shown is a made-up example.</source>
        <translation>Es gibt noch keine rasa_user_id: Rasa erstellt sie bei seinem nächsten Lauf; die angezeigte ist ein erfundenes Beispiel.</translation>
    </message>
    <message>
        <source>An example built from what %1&apos;s code sends; values in angle brackets are filled in when it runs.</source>
        <translation>Ein Beispiel nach dem, was der Code von %1 sendet; Werte in spitzen Klammern werden beim Lauf eingesetzt.</translation>
    </message>
    <message>
        <source>Fields: %1.</source>
        <translation>Felder: %1.</translation>
    </message>
    <message>
        <source>Still sent after the opt-out: %1.</source>
        <translation>Nach der Abschaltung weiter gesendet: %1.</translation>
    </message>
    <message>
        <source>No example of %1&apos;s request is shown: only the fields its code sends are known.</source>
        <translation>Kein Beispiel für die Anfrage von %1: Bekannt sind nur die Felder, die sein Code sendet.</translation>
    </message>
    <message>
        <source>What %1 sends is not known from its code; only where it sends is shown.</source>
        <translation>Was %1 sendet, ist aus seinem Code nicht bekannt; gezeigt wird nur, wohin es sendet.</translation>
    </message>
</context>
<context>
    <name>RasaConfigEditor</name>
    <message>
        <source>%1 is created with only the opt-out. No rasa_user_id or date is invented: Rasa keeps this file as it is, and has no id to send while telemetry is off.</source>
        <translation>%1 wird nur mit der Abschaltung angelegt. Es werden keine rasa_user_id und kein Datum erfunden: Rasa lässt diese Datei, wie sie ist, und hat keine ID zu senden, solange die Telemetrie aus ist.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML (line %2: %3). Rasa reads such a file as empty and switches telemetry back on at its next run; it was left unchanged: fix it and try again.</source>
        <translation>%1 ist kein gültiges YAML (Zeile %2: %3). Rasa liest eine solche Datei als leer und schaltet die Telemetrie beim nächsten Lauf wieder ein; sie wurde nicht geändert: Korrigieren Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 holds %2 YAML documents; Rasa reads only a single one and would switch telemetry back on. It was left unchanged: keep one document and try again.</source>
        <translation>%1 enthält %2 YAML-Dokumente; Rasa liest nur ein einziges und würde die Telemetrie wieder einschalten. Die Datei wurde nicht geändert: Behalten Sie ein Dokument und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 does not hold a map of settings, so Rasa would replace it; it was left unchanged. Fix or remove it and try again.</source>
        <translation>%1 enthält keine Zuordnung von Einstellungen, daher würde Rasa die Datei ersetzen; sie wurde nicht geändert. Korrigieren oder entfernen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is written in YAML flow style ({...}); Telemetry Lens only edits block style. It was left unchanged: set metrics.enabled: %2 by hand.</source>
        <translation>%1 ist im YAML-Flow-Stil ({...}) geschrieben; Telemetry Lens bearbeitet nur den Block-Stil. Die Datei wurde nicht geändert: Setzen Sie metrics.enabled: %2 von Hand.</translation>
    </message>
    <message>
        <source>%1 has the key &quot;%2&quot; twice (line %3); Rasa cannot read such a file and would switch telemetry back on. It was left unchanged: remove the duplicate and try again.</source>
        <translation>%1 enthält den Schlüssel „%2“ zweimal (Zeile %3); Rasa kann eine solche Datei nicht lesen und würde die Telemetrie wieder einschalten. Die Datei wurde nicht geändert: Entfernen Sie das Duplikat und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: the value of %2.enabled (line %3) is written in a form Telemetry Lens does not edit (several lines, a nested value or an unusual key). The file was left unchanged: set %2.enabled: %4 by hand.</source>
        <translation>%1: Der Wert von %2.enabled (Zeile %3) ist in einer Form geschrieben, die Telemetry Lens nicht bearbeitet (mehrere Zeilen, ein verschachtelter Wert oder ein ungewöhnlicher Schlüssel). Die Datei wurde nicht geändert: Setzen Sie %2.enabled: %4 von Hand.</translation>
    </message>
    <message>
        <source>%1: %2 is written in YAML flow style ({...}); Telemetry Lens only edits block style. It was left unchanged: set %2.enabled: %3 by hand.</source>
        <translation>%1: %2 ist im YAML-Flow-Stil ({...}) geschrieben; Telemetry Lens bearbeitet nur den Block-Stil. Die Datei wurde nicht geändert: Setzen Sie %2.enabled: %3 von Hand.</translation>
    </message>
    <message>
        <source>%1: metrics (line %2) is not a map, so Rasa cannot read its opt-out and would rewrite the file with telemetry on. It was left unchanged: fix it and try again.</source>
        <translation>%1: metrics (Zeile %2) ist keine Zuordnung, daher kann Rasa seine Abschaltung nicht lesen und würde die Datei mit eingeschalteter Telemetrie neu schreiben. Die Datei wurde nicht geändert: Korrigieren Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 could not be changed safely (the result would not read back as intended); it was left unchanged. Set metrics.enabled: %2 by hand.</source>
        <translation>%1 konnte nicht sicher geändert werden (das Ergebnis ließe sich nicht wie beabsichtigt zurücklesen); die Datei wurde nicht geändert. Setzen Sie metrics.enabled: %2 von Hand.</translation>
    </message>
    <message>
        <source>%1 is too large or too deeply aliased to be checked safely; it was left unchanged. Check what wrote it, fix it, and try again.</source>
        <translation>%1 ist zu groß oder zu tief mit Aliasen verschachtelt, um sicher geprüft zu werden; die Datei wurde nicht geändert. Prüfen Sie, was sie geschrieben hat, korrigieren Sie sie und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>RayConfigEditor</name>
    <message>
        <source>%1 is nested more than %2 levels deep, so it was not read and was left unchanged. Check what wrote it, fix or remove it, and try again.</source>
        <translation>%1 ist mehr als %2 Ebenen tief verschachtelt, wurde daher nicht gelesen und nicht geändert. Prüfen Sie, was die Datei geschrieben hat, korrigieren oder entfernen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2). Ray would replace it with an empty file and lose its content, so it was left unchanged: fix or remove it and try again.</source>
        <translation>%1 ist kein gültiges JSON (%2). Ray würde die Datei durch eine leere ersetzen und ihren Inhalt verlieren, daher wurde sie nicht geändert: Korrigieren oder entfernen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object (it holds a %2), so Ray ignores it and it was left unchanged: fix or remove it and try again.</source>
        <translation>%1 enthält kein JSON-Objekt (sondern %2), daher ignoriert Ray die Datei, und sie wurde nicht geändert: Korrigieren oder entfernen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 could not be written back as JSON (%2); it was left unchanged.</source>
        <translation>%1 konnte nicht als JSON zurückgeschrieben werden (%2); die Datei wurde nicht geändert.</translation>
    </message>
</context>
<context>
    <name>RecordReader</name>
    <message>
        <source>it is not valid JSON</source>
        <translation>es ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>%1 writes %2 even while its telemetry is switched off: the file is not a sign that it collects, and deleting it does not opt out.</source>
        <translation>%1 schreibt %2 auch bei ausgeschalteter Telemetrie: Die Datei ist kein Zeichen dafür, dass gesammelt wird, und ihr Löschen schaltet nichts ab.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2), so its %3 is unknown.</source>
        <translation>%1 kann nicht gelesen werden (%2), daher ist seine %3 unbekannt.</translation>
    </message>
</context>
<context>
    <name>Resolver</name>
    <message>
        <source>this session&apos;s environment</source>
        <translation>der Umgebung dieser Sitzung</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <source>Unsets %1 inside a condition or function.</source>
        <translation>Hebt %1 innerhalb einer Bedingung oder Funktion auf.</translation>
    </message>
    <message>
        <source>Unsets %1.</source>
        <translation>Hebt %1 auf.</translation>
    </message>
    <message>
        <source>Inside a condition or function: it applies only when that code runs, which cannot be known without running the shell.</source>
        <translation>Innerhalb einer Bedingung oder Funktion: gilt nur, wenn dieser Code ausgeführt wird, was sich ohne Ausführen der Shell nicht feststellen lässt.</translation>
    </message>
    <message>
        <source>Overridden later by %1.</source>
        <translation>Später überschrieben durch %1.</translation>
    </message>
    <message>
        <source>Set but not exported: programs do not see it.</source>
        <translation>Gesetzt, aber nicht exportiert: Programme sehen es nicht.</translation>
    </message>
    <message>
        <source>Overridden later by %1=%2 in %3.</source>
        <translation>Später überschrieben durch %1=%2 in %3.</translation>
    </message>
    <message>
        <source>Unset again later, so it has no effect.</source>
        <translation>Später wieder aufgehoben und daher wirkungslos.</translation>
    </message>
    <message>
        <source>This file belongs to a shell this account does not log in with, so it is not applied.</source>
        <translation>Diese Datei gehört zu einer Shell, mit der sich dieses Konto nicht anmeldet, und wird daher nicht angewendet.</translation>
    </message>
    <message>
        <source>%1 sets %2=%3, but this account does not log in with that shell, so %4 does not see it.</source>
        <translation>%1 setzt %2=%3, aber dieses Konto meldet sich nicht mit dieser Shell an, daher sieht %4 es nicht.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>In this session %1 is %2; in new terminals and sessions it will be %3.</source>
        <translation>In dieser Sitzung ist %1 %2; in neuen Terminals und Sitzungen wird es %3 sein.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 treats the file as if it had no setting.</source>
        <translation>Kein gültiges JSON: %1 behandelt die Datei, als enthielte sie keine Einstellung.</translation>
    </message>
    <message>
        <source>Not a JSON object: %1 treats the file as if it had no setting.</source>
        <translation>Kein JSON-Objekt: %1 behandelt die Datei, als enthielte sie keine Einstellung.</translation>
    </message>
    <message>
        <source>%1 is not a valid JSON object, so %2 ignores it, and %2 replaces it with {} the next time it saves a setting. Fix or remove the file.</source>
        <translation>%1 ist kein gültiges JSON-Objekt, daher ignoriert %2 die Datei und ersetzt sie durch {}, wenn es das nächste Mal eine Einstellung speichert. Korrigieren oder entfernen Sie die Datei.</translation>
    </message>
    <message>
        <source>The file has no %1 value, so it does not decide.</source>
        <translation>Die Datei hat keinen Wert für %1 und entscheidet daher nichts.</translation>
    </message>
    <message>
        <source>%1 accepts only the JSON booleans true or false here; %2 makes it raise an error at start.</source>
        <translation>%1 akzeptiert hier nur die JSON-Wahrheitswerte true oder false; %2 führt beim Start zu einem Fehler.</translation>
    </message>
    <message>
        <source>unreadable INI file</source>
        <translation>unlesbare INI-Datei</translation>
    </message>
    <message>
        <source>The file holds JSON, but %1 reads it as an INI file: every %1 command fails. (Its documentation wrongly shows JSON.)</source>
        <translation>Die Datei enthält JSON, aber %1 liest sie als INI-Datei: Jeder %1-Befehl scheitert. (Die Dokumentation zeigt fälschlich JSON.)</translation>
    </message>
    <message>
        <source>%1 cannot read this file (%2): every %1 command fails until it is fixed.</source>
        <translation>%1 kann diese Datei nicht lesen (%2): Jeder %1-Befehl scheitert, bis sie korrigiert ist.</translation>
    </message>
    <message>
        <source>%1 cannot be read by %2 (%3). Fix the file; Telemetry Lens will not rewrite it.</source>
        <translation>%1 kann von %2 nicht gelesen werden (%3). Korrigieren Sie die Datei; Telemetry Lens schreibt sie nicht neu.</translation>
    </message>
    <message>
        <source>The file has no [%1] %2 key, so it does not decide.</source>
        <translation>Die Datei hat keinen Schlüssel [%1] %2 und entscheidet daher nichts.</translation>
    </message>
    <message>
        <source>Malformed YAML: %1 reads it as empty.</source>
        <translation>Fehlerhaftes YAML: %1 liest die Datei als leer.</translation>
    </message>
    <message>
        <source>%1 is malformed (%2): %3 reads it as empty and rewrites it with telemetry switched on at its next run. Fix the file.</source>
        <translation>%1 ist fehlerhaft (%2): %3 liest die Datei als leer und schreibt sie beim nächsten Lauf mit eingeschalteter Telemetrie neu. Korrigieren Sie die Datei.</translation>
    </message>
    <message>
        <source>The file holds no settings; %1 writes a fresh one with telemetry on at its next run.</source>
        <translation>Die Datei enthält keine Einstellungen; %1 schreibt beim nächsten Lauf eine neue mit eingeschalteter Telemetrie.</translation>
    </message>
    <message>
        <source>%1 is not a YAML mapping: %2 reads it as empty and rewrites it with telemetry switched on at its next run. Fix the file.</source>
        <translation>%1 ist keine YAML-Zuordnung: %2 liest die Datei als leer und schreibt sie beim nächsten Lauf mit eingeschalteter Telemetrie neu. Korrigieren Sie die Datei.</translation>
    </message>
    <message>
        <source>No %1 section: %2 writes one with telemetry on at its next run.</source>
        <translation>Kein Abschnitt %1: %2 schreibt beim nächsten Lauf einen mit eingeschalteter Telemetrie.</translation>
    </message>
    <message>
        <source>The %1 section has no %2 key: %3 raises an error when it checks telemetry.</source>
        <translation>Der Abschnitt %1 hat keinen Schlüssel %2: %3 löst einen Fehler aus, wenn es die Telemetrie prüft.</translation>
    </message>
    <message>
        <source>(a list or mapping)</source>
        <translation>(eine Liste oder Zuordnung)</translation>
    </message>
    <message>
        <source>A quoted string, which %1 treats as true.</source>
        <translation>Eine Zeichenkette in Anführungszeichen, die %1 als true wertet.</translation>
    </message>
    <message>
        <source>%1 is the quoted string &quot;%2&quot; in %3, which %4 treats as true: telemetry stays on. Write the YAML boolean false, without quotes.</source>
        <translation>%1 ist in %3 die Zeichenkette &quot;%2&quot; in Anführungszeichen, die %4 als true wertet: Die Telemetrie bleibt an. Schreiben Sie den YAML-Wahrheitswert false ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>null counts as false.</source>
        <translation>null zählt als false.</translation>
    </message>
    <message>
        <source>In YAML 1.2 this is a string, not a boolean, and %1 treats any non-empty string as true.</source>
        <translation>In YAML 1.2 ist dies eine Zeichenkette, kein Wahrheitswert, und %1 wertet jede nicht leere Zeichenkette als true.</translation>
    </message>
    <message>
        <source>%1: %2 in %3 is a string in YAML 1.2, which %4 treats as true: telemetry stays on. Write false.</source>
        <translation>%1: %2 in %3 ist in YAML 1.2 eine Zeichenkette, die %4 als true wertet: Die Telemetrie bleibt an. Schreiben Sie false.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>This file marks a managed runtime, where %1 does not collect.</source>
        <translation>Diese Datei kennzeichnet eine verwaltete Laufzeitumgebung, in der %1 nichts erfasst.</translation>
    </message>
    <message>
        <source>Not used: %1 decides first.</source>
        <translation>Nicht verwendet: %1 entscheidet zuerst.</translation>
    </message>
    <message>
        <source>collects by default</source>
        <translation>erfasst standardmäßig</translation>
    </message>
    <message>
        <source>%1 ignores DO_NOT_TRACK.</source>
        <translation>%1 ignoriert DO_NOT_TRACK.</translation>
    </message>
    <message>
        <source>Collecting: nothing switches it off, and %1 collects by default.</source>
        <translation>Erfasst: Nichts schaltet die Erfassung ab, und %1 erfasst standardmäßig.</translation>
    </message>
    <message>
        <source>Misconfigured: %1 cannot read %2, so it fails to start.</source>
        <translation>Fehlkonfiguriert: %1 kann %2 nicht lesen und startet daher nicht.</translation>
    </message>
    <message>
        <source>Misconfigured: %1 in %2 is a value %3 rejects, so %3 fails to start.</source>
        <translation>Fehlkonfiguriert: %1 in %2 ist ein Wert, den %3 ablehnt, daher startet %3 nicht.</translation>
    </message>
    <message>
        <source>Collecting because %1 in %2 is a quoted string, which %3 treats as true.</source>
        <translation>Erfasst, weil %1 in %2 eine Zeichenkette in Anführungszeichen ist, die %3 als true wertet.</translation>
    </message>
    <message>
        <source>Collecting because %1 in %2 overrides %3 in %4.</source>
        <translation>Erfasst, weil %1 in %2 Vorrang vor %3 in %4 hat.</translation>
    </message>
    <message>
        <source>Collecting because of %1 in %2.</source>
        <translation>Erfasst wegen %1 in %2.</translation>
    </message>
    <message>
        <source>Off because %1 in %2 overrides %3 in %4.</source>
        <translation>Aus, weil %1 in %2 Vorrang vor %3 in %4 hat.</translation>
    </message>
    <message>
        <source>Off because %1 exists, which marks a managed runtime.</source>
        <translation>Aus, weil %1 existiert, was eine verwaltete Laufzeitumgebung kennzeichnet.</translation>
    </message>
    <message>
        <source>Off because of %1 in %2.</source>
        <translation>Aus wegen %1 in %2.</translation>
    </message>
    <message>
        <source>Collecting because %1 in %2 overrides %3 in %4, and that value does not switch %5 off.</source>
        <translation>Erfasst, weil %1 in %2 Vorrang vor %3 in %4 hat, und dieser Wert schaltet %5 nicht aus.</translation>
    </message>
    <message>
        <source>Not valid TOML (%1): %2 skips the file.</source>
        <translation>Kein gültiges TOML (%1): %2 überspringt die Datei.</translation>
    </message>
    <message>
        <source>%1 is not valid TOML (%2): current %3 releases ignore it, older ones fail to start. Fix the file; Telemetry Lens will not rewrite it.</source>
        <translation>%1 ist kein gültiges TOML (%2): Aktuelle Versionen von %3 ignorieren die Datei, ältere starten nicht. Korrigieren Sie die Datei; Telemetry Lens schreibt sie nicht neu.</translation>
    </message>
    <message>
        <source>%1 is the quoted string &quot;%2&quot; in %3, which %4 treats as true: telemetry stays on. Write the TOML boolean false, without quotes.</source>
        <translation>%1 ist die Zeichenkette &quot;%2&quot; in Anführungszeichen in %3, die %4 als wahr behandelt: Die Telemetrie bleibt an. Schreiben Sie den TOML-Wahrheitswert false, ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>The file does not set %1, so it does not decide.</source>
        <translation>Die Datei setzt %1 nicht und entscheidet daher nicht.</translation>
    </message>
    <message>
        <source>Not read while %1 is set to a non-empty value (%1=%2 in %3).</source>
        <translation>Wird nicht gelesen, solange %1 einen nicht leeren Wert hat (%1=%2 in %3).</translation>
    </message>
    <message>
        <source>Not read: the variable in its path (%1) is not set for this account.</source>
        <translation>Nicht gelesen: Die Variable in ihrem Pfad (%1) ist für dieses Konto nicht gesetzt.</translation>
    </message>
    <message>
        <source>unreadable YAML file</source>
        <translation>unlesbare YAML-Datei</translation>
    </message>
    <message>
        <source>%1 cannot read this file as YAML (%2): it fails when it loads its settings.</source>
        <translation>%1 kann diese Datei nicht als YAML lesen (%2): Es scheitert beim Laden seiner Einstellungen.</translation>
    </message>
    <message>
        <source>The file holds no settings, so it does not decide.</source>
        <translation>Die Datei enthält keine Einstellungen und entscheidet daher nichts.</translation>
    </message>
    <message>
        <source>The file does not hold a mapping of settings, so %1 does not use it.</source>
        <translation>Die Datei enthält keine Zuordnung von Einstellungen, daher verwendet %1 sie nicht.</translation>
    </message>
    <message>
        <source>%1 is not a YAML mapping: %2 replaces it with a fresh configuration, with analytics on, the next time it saves a setting. Fix the file.</source>
        <translation>%1 ist keine YAML-Zuordnung: %2 ersetzt die Datei durch eine neue Konfiguration mit eingeschalteter Analyse, wenn es das nächste Mal eine Einstellung speichert. Korrigieren Sie die Datei.</translation>
    </message>
    <message>
        <source>%1 must be a mapping that holds %2; %3 raises an error when it reads %4.</source>
        <translation>%1 muss eine Zuordnung sein, die %2 enthält; %3 löst beim Lesen von %4 einen Fehler aus.</translation>
    </message>
    <message>
        <source>A quoted string; pydantic still reads it as a boolean.</source>
        <translation>Eine Zeichenkette in Anführungszeichen; pydantic liest sie trotzdem als Wahrheitswert.</translation>
    </message>
    <message>
        <source>pydantic accepts only a boolean here (true, false, yes, no, on, off, 1, 0, ...); %1 fails to load its configuration with %2.</source>
        <translation>pydantic akzeptiert hier nur einen Wahrheitswert (true, false, yes, no, on, off, 1, 0, …); mit %2 kann %1 seine Konfiguration nicht laden.</translation>
    </message>
    <message>
        <source>In YAML 1.1 this is a string, not a boolean, and %1 treats any non-empty string as true.</source>
        <translation>In YAML 1.1 ist dies eine Zeichenkette, kein Wahrheitswert, und %1 wertet jede nicht leere Zeichenkette als true.</translation>
    </message>
    <message>
        <source>%1 is the string &quot;%2&quot; in %3, which %4 treats as true: telemetry stays on. Write the YAML boolean false, without quotes.</source>
        <translation>%1 ist in %3 die Zeichenkette &quot;%2&quot;, die %4 als true wertet: Die Telemetrie bleibt an. Schreiben Sie den YAML-Wahrheitswert false ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>%1 (%2 resets the file to sync true)</source>
        <translation>%1 (%2 setzt die Datei auf sync true zurück)</translation>
    </message>
    <message>
        <source>%1 resets this file to its defaults, sync true included, when it is next imported: %2.</source>
        <translation>%1 setzt diese Datei beim nächsten Import auf seine Voreinstellungen zurück, einschließlich sync true: %2.</translation>
    </message>
    <message>
        <source>%1 will be reset by %2 at its next import (%3): sync goes back to true and telemetry stays on. Fix the file, or run yolo settings reset and then yolo settings sync=False.</source>
        <translation>%1 wird von %2 beim nächsten Import zurückgesetzt (%3): sync wird wieder true, und die Telemetrie bleibt an. Korrigieren Sie die Datei oder führen Sie yolo settings reset und dann yolo settings sync=False aus.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Kept only while the file matches the installed release: settings version %1.</source>
        <translation>Gilt nur, solange die Datei zur installierten Version passt: Einstellungsversion %1.</translation>
    </message>
    <message>
        <source>Malformed YAML: %1 fails inside this project.</source>
        <translation>Fehlerhaftes YAML: %1 schlägt in diesem Projekt fehl.</translation>
    </message>
    <message>
        <source>%1 is malformed YAML (%2): %3 fails inside that project. Fix the file; Telemetry Lens will not rewrite it.</source>
        <translation>%1 ist fehlerhaftes YAML (%2): %3 schlägt in diesem Projekt fehl. Korrigieren Sie die Datei; Telemetry Lens schreibt sie nicht neu.</translation>
    </message>
    <message>
        <source>%1 (not set)</source>
        <translation>%1 (nicht gesetzt)</translation>
    </message>
    <message>
        <source>Applies inside %1, but %2 decides first there too.</source>
        <translation>Gilt in %1, aber %2 entscheidet auch dort zuerst.</translation>
    </message>
    <message>
        <source>Applies inside %1: %2 fails there.</source>
        <translation>Gilt in %1: %2 schlägt dort fehl.</translation>
    </message>
    <message>
        <source>Applies inside %1: collecting there.</source>
        <translation>Gilt in %1: dort wird gesammelt.</translation>
    </message>
    <message>
        <source>Applies inside %1: off there.</source>
        <translation>Gilt in %1: dort aus.</translation>
    </message>
    <message>
        <source>Applies inside %1, but decides nothing there.</source>
        <translation>Gilt in %1, entscheidet dort aber nichts.</translation>
    </message>
    <message>
        <source>%1 in %2 switches %3 back on inside %4, whatever your own settings say.</source>
        <translation>%1 in %2 schaltet %3 in %4 wieder ein, egal was Ihre eigenen Einstellungen sagen.</translation>
    </message>
    <message numerus="yes">
        <source>Inside %n project folder(s) a project file applies instead (listed as conditional).</source>
        <translation>
            <numerusform>In %n Projektordner gilt stattdessen eine Projektdatei (als bedingt aufgeführt).</numerusform>
            <numerusform>In %n Projektordnern gilt stattdessen eine Projektdatei (als bedingt aufgeführt).</numerusform>
        </translation>
    </message>
    <message>
        <source>unreadable JSON file</source>
        <translation>unlesbare JSON-Datei</translation>
    </message>
    <message>
        <source>%1 cannot load this file and exits with &quot;Error loading configuration&quot;.</source>
        <translation>%1 kann diese Datei nicht laden und bricht mit „Error loading configuration“ ab.</translation>
    </message>
    <message>
        <source>%1 is not a valid JSON object: every %2 command fails until it is fixed. Telemetry Lens will not rewrite it.</source>
        <translation>%1 ist kein gültiges JSON-Objekt: Jeder %2-Befehl scheitert, bis die Datei korrigiert ist. Telemetry Lens schreibt sie nicht neu.</translation>
    </message>
    <message>
        <source>%1 accepts only the JSON booleans true or false here; with %2 it exits with &quot;Error loading configuration&quot;.</source>
        <translation>%1 akzeptiert hier nur die JSON-Booleans true oder false; mit %2 bricht es mit „Error loading configuration“ ab.</translation>
    </message>
    <message>
        <source>false does not switch anything on; the other settings decide.</source>
        <translation>false schaltet nichts ein; die anderen Einstellungen entscheiden.</translation>
    </message>
    <message>
        <source>Off: nothing switches it on, and %1 collects only when it is turned on.</source>
        <translation>Aus: Nichts schaltet es ein, und %1 erfasst nur, wenn es eingeschaltet wird.</translation>
    </message>
    <message>
        <source>Not a valid JSON object: %1 stops with an error at start.</source>
        <translation>Kein gültiges JSON-Objekt: %1 bricht beim Start mit einem Fehler ab.</translation>
    </message>
    <message>
        <source>%1 is not a valid JSON object, so %2 reads it as if it had no setting, and its own commands would damage it further. Fix or remove the file; Telemetry Lens will not rewrite it.</source>
        <translation>%1 ist kein gültiges JSON-Objekt, daher liest %2 sie, als enthielte sie keine Einstellung, und seine eigenen Befehle würden sie weiter beschädigen. Reparieren oder entfernen Sie die Datei; Telemetry Lens schreibt sie nicht neu.</translation>
    </message>
    <message>
        <source>no &quot;version&quot;: 1</source>
        <translation>kein &quot;version&quot;: 1</translation>
    </message>
    <message>
        <source>%1 without %2</source>
        <translation>%1 ohne %2</translation>
    </message>
    <message>
        <source>%1 rejects this file because %2 is missing, so it sends nothing.</source>
        <translation>%1 verwirft diese Datei, weil %2 fehlt, und sendet daher nichts.</translation>
    </message>
    <message>
        <source>%1 has no %2, so %3 cannot load it and sends nothing; a new %3 release or a repaired file switches telemetry on again. Telemetry Lens keeps %2 when it writes the file.</source>
        <translation>%1 hat kein %2, daher kann %3 die Datei nicht laden und sendet nichts; eine neue Version von %3 oder eine reparierte Datei schaltet die Telemetrie wieder ein. Telemetry Lens behält %2, wenn es die Datei schreibt.</translation>
    </message>
    <message>
        <source>%1 cannot parse this file (%2) and stops.</source>
        <translation>%1 kann diese Datei nicht einlesen (%2) und bricht ab.</translation>
    </message>
    <message>
        <source>%1 expects a single value here and stops.</source>
        <translation>%1 erwartet hier einen einzelnen Wert und bricht ab.</translation>
    </message>
    <message>
        <source>off until turned on</source>
        <translation>aus, bis es eingeschaltet wird</translation>
    </message>
    <message>
        <source>Off: nothing turns it on, and %1 sends nothing until something does.</source>
        <translation>Aus: Nichts schaltet es ein, und %1 sendet nichts, solange nichts es einschaltet.</translation>
    </message>
    <message>
        <source>shell syntax error</source>
        <translation>Shell-Syntaxfehler</translation>
    </message>
    <message>
        <source>sh stops with a syntax error at line %1 (a quote or bracket is never closed), and %2 stops with it.</source>
        <translation>sh bricht in Zeile %1 mit einem Syntaxfehler ab (ein Anführungszeichen oder eine Klammer wird nie geschlossen), und %2 bricht mit ab.</translation>
    </message>
    <message>
        <source>%1 line %2: a quote or bracket opened here is never closed, so %3 stops with a syntax error when it reads the file. Close the quote; Telemetry Lens will not rewrite the file.</source>
        <translation>%1 Zeile %2: ein hier geöffnetes Anführungszeichen oder eine Klammer wird nie geschlossen, daher bricht %3 beim Lesen der Datei mit einem Syntaxfehler ab. Schließen Sie es; Telemetry Lens schreibt die Datei nicht neu.</translation>
    </message>
    <message>
        <source>The value is computed when the script runs (%1), so it cannot be known without running it.</source>
        <translation>Der Wert wird erst beim Ausführen des Skripts berechnet (%1) und ist ohne Ausführen nicht bekannt.</translation>
    </message>
    <message>
        <source>The file sets %1 only in a way that cannot be known without running it.</source>
        <translation>Die Datei setzt %1 nur auf eine Weise, die ohne Ausführen nicht bekannt ist.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 settings files; only the first %2 were read.</source>
        <translation>%1 enthält mehr als %2 Einstellungsdateien; nur die ersten %2 wurden gelesen.</translation>
    </message>
    <message>
        <source>No file in this folder is read.</source>
        <translation>Keine Datei in diesem Ordner wird gelesen.</translation>
    </message>
</context>
<context>
    <name>RootFs</name>
    <message>
        <source>%1 could not be examined (%2).</source>
        <translation>%1 konnte nicht untersucht werden (%2).</translation>
    </message>
    <message>
        <source>%1 is not a regular file; it was skipped.</source>
        <translation>%1 ist keine gewöhnliche Datei; sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, larger than the %3 bytes a setting or report can be; it was not read. Check whether something else wrote this file.</source>
        <translation>%1 ist %2 Bytes groß, größer als die %3 Bytes, die eine Einstellung oder ein Bericht haben kann; die Datei wurde nicht gelesen. Prüfen Sie, ob etwas anderes sie geschrieben hat.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation>%1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 grew beyond %2 bytes while it was read; it was not used.</source>
        <translation>%1 ist beim Lesen über %2 Bytes hinausgewachsen; die Datei wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>link leads outside the scanned area</source>
        <translation>Verknüpfung führt aus dem untersuchten Bereich hinaus</translation>
    </message>
    <message>
        <source>%1 is a link that leads outside %2; it was not followed.</source>
        <translation>%1 ist eine Verknüpfung, die aus %2 hinausführt; ihr wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a directory, FIFO or device); it was skipped.</source>
        <translation>%1 ist keine gewöhnliche Datei (ein Ordner, FIFO oder Gerät); sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1 is a loop of symbolic links; fix or remove the link.</source>
        <translation>%1 ist eine Schleife symbolischer Verknüpfungen; korrigieren oder entfernen Sie die Verknüpfung.</translation>
    </message>
    <message>
        <source>%1 could not be read: permission denied. Run the audit as a user who may read it.</source>
        <translation>%1 konnte nicht gelesen werden: Zugriff verweigert. Führen Sie die Prüfung als ein Benutzer aus, der die Datei lesen darf.</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2).</source>
        <translation>%1 konnte nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>%1 is a symbolic link inside a scanned folder; it was not followed.</source>
        <translation>%1 ist eine symbolische Verknüpfung in einem untersuchten Ordner; ihr wurde nicht gefolgt.</translation>
    </message>
</context>
<context>
    <name>Scanner</name>
    <message>
        <source>The root %1 does not exist. Give --root the folder where the image is mounted.</source>
        <translation>Die Wurzel %1 existiert nicht. Geben Sie für --root den Ordner an, in dem das Abbild eingehängt ist.</translation>
    </message>
    <message>
        <source>The root %1 is not a readable folder. Check the path and your permissions.</source>
        <translation>Die Wurzel %1 ist kein lesbarer Ordner. Prüfen Sie den Pfad und Ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>Reading Ray sessions in %1</source>
        <translation>Ray-Sitzungen in %1 werden gelesen</translation>
    </message>
    <message>
        <source>Reading Skyplane events in %1</source>
        <translation>Skyplane-Ereignisse in %1 werden gelesen</translation>
    </message>
    <message>
        <source>Resolving settings of %1</source>
        <translation>Einstellungen von %1 werden ausgewertet</translation>
    </message>
    <message>
        <source>Scan finished</source>
        <translation>Untersuchung abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ShellConfWriter</name>
    <message>
        <source>%1 is not a text file; it was left unchanged.</source>
        <translation>%1 ist keine Textdatei; sie wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 line %2 sets %3 in a way Telemetry Lens cannot change safely (%4). Edit that line by hand to %5.</source>
        <translation>%1 Zeile %2 setzt %3 auf eine Weise, die Telemetry Lens nicht sicher ändern kann (%4). Ändern Sie diese Zeile von Hand in %5.</translation>
    </message>
    <message>
        <source>%1 could not be changed safely; it was left unchanged. Set %2 by hand.</source>
        <translation>%1 konnte nicht sicher geändert werden; die Datei wurde nicht geändert. Setzen Sie %2 von Hand.</translation>
    </message>
    <message>
        <source>%1 line %2: a quote or bracket opened here is never closed, so the shell cannot read the file. Close it by hand; the file was left unchanged.</source>
        <translation>%1 Zeile %2: ein hier geöffnetes Anführungszeichen oder eine Klammer wird nie geschlossen, daher kann die Shell die Datei nicht lesen. Schließen Sie es von Hand; die Datei blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>SkyplaneConfigEditor</name>
    <message>
        <source>%1 is not valid UTF-8 text, so Skyplane cannot read it; it was left unchanged. Fix the file and try again.</source>
        <translation>%1 ist kein gültiger UTF-8-Text, daher kann Skyplane die Datei nicht lesen; sie wurde nicht geändert. Korrigieren Sie die Datei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be read the way Skyplane reads it (%2); every skyplane command would fail on it, so it was left unchanged. Fix the file and try again.</source>
        <translation>%1 kann nicht so gelesen werden, wie Skyplane sie liest (%2); jeder skyplane-Befehl würde daran scheitern, daher wurde sie nicht geändert. Korrigieren Sie die Datei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>It looks like JSON, as Skyplane&apos;s documentation suggests; Skyplane reads this file as INI, so move the JSON away and let Telemetry Lens write [flags] usage_stats = False.</source>
        <translation>Sie sieht nach JSON aus, wie es die Skyplane-Dokumentation nahelegt; Skyplane liest diese Datei jedoch als INI. Verschieben Sie das JSON und lassen Sie Telemetry Lens [flags] usage_stats = False schreiben.</translation>
    </message>
    <message>
        <source>%1 could not be changed safely (the result would not read back as intended); it was left unchanged. Set [flags] usage_stats = %2 by hand.</source>
        <translation>%1 konnte nicht sicher geändert werden (das Ergebnis ließe sich nicht wie beabsichtigt zurücklesen); die Datei wurde nicht geändert. Setzen Sie [flags] usage_stats = %2 von Hand.</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>Collecting</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Misconfigured</source>
        <translation>Fehlkonfiguriert</translation>
    </message>
</context>
<context>
    <name>SwitchPlanner</name>
    <message>
        <source>%1 is switched for the whole machine, not for one account, so it was left out. Turn it off with: sudo telemetry-lens disable %2 --scope system</source>
        <translation>%1 wird für den ganzen Rechner geschaltet, nicht für ein Konto, und wurde daher ausgelassen. Schalten Sie es ab mit: sudo telemetry-lens disable %2 --scope system</translation>
    </message>
</context>
<context>
    <name>TomlEdit</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 holds a value spread over several lines or an inline table; change it by hand.</source>
        <translation>%1 enthält einen Wert über mehrere Zeilen oder eine Inline-Tabelle; ändern Sie ihn von Hand.</translation>
    </message>
    <message>
        <source>the edited file would not read back as %1 = %2 (%3); it was left alone.</source>
        <translation>die bearbeitete Datei würde nicht als %1 = %2 zurückgelesen (%3); sie blieb unverändert.</translation>
    </message>
    <message>
        <source>the key is defined elsewhere</source>
        <translation>der Schlüssel ist an anderer Stelle definiert</translation>
    </message>
</context>
<context>
    <name>ToolFamily</name>
    <message>
        <source>Machine learning platforms</source>
        <translation>Plattformen für maschinelles Lernen</translation>
    </message>
    <message>
        <source>Data transfer</source>
        <translation>Datenübertragung</translation>
    </message>
    <message>
        <source>Conversational AI</source>
        <translation>Dialog-KI</translation>
    </message>
    <message>
        <source>Model hubs</source>
        <translation>Modell-Hubs</translation>
    </message>
    <message>
        <source>Apps and user interfaces</source>
        <translation>Apps und Oberflächen</translation>
    </message>
    <message>
        <source>Data pipelines</source>
        <translation>Datenpipelines</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Datenqualität</translation>
    </message>
    <message>
        <source>Workflow orchestration</source>
        <translation>Workflow-Orchestrierung</translation>
    </message>
    <message>
        <source>LLMs and search</source>
        <translation>LLMs und Suche</translation>
    </message>
    <message>
        <source>Model serving</source>
        <translation>Modellbereitstellung</translation>
    </message>
    <message>
        <source>Computer vision</source>
        <translation>Bildverarbeitung</translation>
    </message>
    <message>
        <source>Code analysis</source>
        <translation>Codeanalyse</translation>
    </message>
    <message>
        <source>Experiment tracking</source>
        <translation>Experiment-Tracking</translation>
    </message>
    <message>
        <source>Web frameworks</source>
        <translation>Web-Frameworks</translation>
    </message>
    <message>
        <source>Build tools</source>
        <translation>Build-Werkzeuge</translation>
    </message>
    <message>
        <source>Cloud command lines</source>
        <translation>Cloud-Kommandozeilen</translation>
    </message>
    <message>
        <source>Mobile apps</source>
        <translation>Mobile Apps</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Other tools</source>
        <translation>Weitere Werkzeuge</translation>
    </message>
</context>
<context>
    <name>ToolRules</name>
    <message>
        <source>this session&apos;s environment</source>
        <translation>der Umgebung dieser Sitzung</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <source>CHECKPOINT_DISABLE=0 in %1 switches %2&apos;s checkpoint on: Debian&apos;s build reads 0 as &quot;send&quot;. Remove the line (for Prisma, 1 works as well).</source>
        <translation>CHECKPOINT_DISABLE=0 in %1 schaltet den Checkpoint von %2 ein: Debians Build liest 0 als „senden“. Entfernen Sie die Zeile (für Prisma wirkt 1 genauso).</translation>
    </message>
    <message>
        <source>CHECKPOINT_DISABLE=0 in %1 asks %2 to send its checkpoint; the settings file keeps it off. Remove the line to be sure.</source>
        <translation>CHECKPOINT_DISABLE=0 in %1 fordert %2 auf, seinen Checkpoint zu senden; die Einstellungsdatei hält ihn aus. Entfernen Sie die Zeile, um sicherzugehen.</translation>
    </message>
    <message>
        <source>RAY_USAGE_STATS_PROMPT_ENABLED=0 in %1 only hides %2&apos;s question; collection is still on.</source>
        <translation>RAY_USAGE_STATS_PROMPT_ENABLED=0 in %1 blendet nur die Nachfrage von %2 aus; die Erfassung bleibt an.</translation>
    </message>
    <message>
        <source>RAY_USAGE_STATS_REPORT_URL in %1 sends %2&apos;s reports to %3 instead.</source>
        <translation>RAY_USAGE_STATS_REPORT_URL in %1 sendet die Berichte von %2 stattdessen an %3.</translation>
    </message>
    <message>
        <source>RAY_USAGE_STATS_EXTRA_TAGS in %1 adds these tags to every report: %2.</source>
        <translation>RAY_USAGE_STATS_EXTRA_TAGS in %1 fügt jedem Bericht diese Tags hinzu: %2.</translation>
    </message>
</context>
<context>
    <name>TreeWriter</name>
    <message>
        <source>the folder %1 could not be opened (%2)</source>
        <translation>der Ordner %1 konnte nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>the folder %1 could not be examined (%2)</source>
        <translation>der Ordner %1 konnte nicht untersucht werden (%2)</translation>
    </message>
    <message>
        <source>the folder %1 could not be created (%2)</source>
        <translation>der Ordner %1 konnte nicht erstellt werden (%2)</translation>
    </message>
    <message>
        <source>the folder %1 is not a plain folder (%2); nothing was written into it</source>
        <translation>der Ordner %1 ist kein gewöhnlicher Ordner (%2); nichts wurde hineingeschrieben</translation>
    </message>
    <message>
        <source>the folder %1 could not be given its owner and mode (%2)</source>
        <translation>Eigentümer und Rechte des Ordners %1 konnten nicht gesetzt werden (%2)</translation>
    </message>
    <message>
        <source>it is no longer a plain file</source>
        <translation>sie ist keine gewöhnliche Datei mehr</translation>
    </message>
    <message>
        <source>the temporary file %1 could not be created (%2)</source>
        <translation>die temporäre Datei %1 konnte nicht erstellt werden (%2)</translation>
    </message>
</context>
<context>
    <name>TurboJsonWriter</name>
    <message>
        <source>%1 is not a valid JSON object; Turborepo would delete it and start over with telemetry on. Fix or remove it; Telemetry Lens does not rewrite it.</source>
        <translation>%1 ist kein gültiges JSON-Objekt; Turborepo würde die Datei löschen und mit eingeschalteter Telemetrie neu beginnen. Reparieren oder entfernen Sie sie; Telemetry Lens schreibt sie nicht neu.</translation>
    </message>
    <message>
        <source>Telemetry Lens cannot edit %1 in place.</source>
        <translation>Telemetry Lens kann %1 nicht direkt bearbeiten.</translation>
    </message>
</context>
<context>
    <name>UltralyticsSettings</name>
    <message>
        <source>it is nested too deeply to be a settings file</source>
        <translation>sie ist zu tief verschachtelt für eine Einstellungsdatei</translation>
    </message>
    <message>
        <source>it is not valid JSON, which Ultralytics reads as empty</source>
        <translation>sie ist kein gültiges JSON, was Ultralytics als leer liest</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>sie ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>it has no sync key</source>
        <translation>sie hat keinen Schlüssel sync</translation>
    </message>
    <message>
        <source>%1 is %2, not a JSON boolean</source>
        <translation>%1 ist %2, kein JSON-Wahrheitswert</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>keys of settings version 0.0.6 are missing: %1</source>
        <translation>Schlüssel der Einstellungsversion 0.0.6 fehlen: %1</translation>
    </message>
    <message>
        <source>it has keys settings version 0.0.6 does not know: %1</source>
        <translation>sie hat Schlüssel, die Einstellungsversion 0.0.6 nicht kennt: %1</translation>
    </message>
</context>
<context>
    <name>UltralyticsSettingsEditor</name>
    <message>
        <source>%1 does not exist yet, and Ultralytics replaces a settings file that lacks its other keys. Run yolo settings once (or yolo settings sync=False), then try again.</source>
        <translation>%1 existiert noch nicht, und Ultralytics ersetzt eine Einstellungsdatei, der die übrigen Schlüssel fehlen. Führen Sie einmal yolo settings (oder yolo settings sync=False) aus und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 would be reset by Ultralytics at its next import (%2), which would switch sync back on; it was left unchanged. Run yolo settings reset, then try again.</source>
        <translation>%1 würde von Ultralytics beim nächsten Import zurückgesetzt (%2), was sync wieder einschalten würde; die Datei wurde nicht verändert. Führen Sie yolo settings reset aus und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 could not be read again; it was left unchanged.</source>
        <translation>%1 konnte nicht erneut gelesen werden; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 holds text that is not valid UTF-8, so it could not be written back; it was left unchanged.</source>
        <translation>%1 enthält Text, der kein gültiges UTF-8 ist, und konnte daher nicht zurückgeschrieben werden; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 could not be changed safely; it was left unchanged. Run yolo settings sync=%2 instead.</source>
        <translation>%1 konnte nicht sicher geändert werden; die Datei wurde nicht verändert. Führen Sie stattdessen yolo settings sync=%2 aus.</translation>
    </message>
</context>
<context>
    <name>VersionRules</name>
    <message>
        <source>%1 %2 installed</source>
        <translation>%1 %2 installiert</translation>
    </message>
    <message>
        <source>%1 has no telemetry since version %2.</source>
        <translation>%1 hat seit Version %2 keine Telemetrie.</translation>
    </message>
    <message>
        <source>Not collecting: every installed copy is %1 %2 or later, which has no telemetry; the settings matter only for older versions.</source>
        <translation>Sammelt nicht: Jede installierte Kopie ist %1 %2 oder neuer, ohne Telemetrie; die Einstellungen zählen nur für ältere Versionen.</translation>
    </message>
</context>
<context>
    <name>YamlBoolEditor</name>
    <message>
        <source>%1: Telemetry Lens cannot set %2 there.</source>
        <translation>%1: Telemetry Lens kann %2 dort nicht setzen.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML (line %2: %3); it was left unchanged: fix it and try again.</source>
        <translation>%1 ist kein gültiges YAML (Zeile %2: %3); die Datei wurde nicht verändert: Korrigieren Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 holds %2 YAML documents, which the tool cannot read; it was left unchanged: keep one document and try again.</source>
        <translation>%1 enthält %2 YAML-Dokumente, die das Werkzeug nicht lesen kann; die Datei wurde nicht verändert: Behalten Sie ein Dokument und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 does not hold a mapping of settings; it was left unchanged. Fix or remove it and try again.</source>
        <translation>%1 enthält keine Zuordnung von Einstellungen; die Datei wurde nicht verändert. Korrigieren oder entfernen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is written in YAML flow style ({...}); Telemetry Lens only edits block style. It was left unchanged: set %2 by hand.</source>
        <translation>%1 ist im YAML-Flow-Stil ({...}) geschrieben; Telemetry Lens bearbeitet nur den Block-Stil. Die Datei wurde nicht verändert: Setzen Sie %2 von Hand.</translation>
    </message>
    <message>
        <source>%1 is too large or too deeply aliased to be checked safely; it was left unchanged. Check what wrote it, fix it, and try again.</source>
        <translation>%1 ist zu groß oder zu tief mit Aliasen verschachtelt, um sicher geprüft zu werden; die Datei wurde nicht geändert. Prüfen Sie, was sie geschrieben hat, korrigieren Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: the value of %2 (line %3) is written in a form Telemetry Lens does not edit (several lines, a nested value, an anchor or a duplicate key). The file was left unchanged: set %4 by hand.</source>
        <translation>%1: Der Wert von %2 (Zeile %3) ist in einer Form geschrieben, die Telemetry Lens nicht bearbeitet (mehrere Zeilen, ein verschachtelter Wert, ein Anker oder ein doppelter Schlüssel). Die Datei wurde nicht verändert: Setzen Sie %4 von Hand.</translation>
    </message>
    <message>
        <source>%1 could not be changed safely (the result would not read back as intended); it was left unchanged. Set %2 by hand.</source>
        <translation>%1 konnte nicht sicher geändert werden (das Ergebnis ließe sich nicht wie beabsichtigt zurücklesen); die Datei wurde nicht verändert. Setzen Sie %2 von Hand.</translation>
    </message>
</context>
<context>
    <name>YarnrcWriter</name>
    <message>
        <source>%1 is not a YAML mapping, so Yarn cannot use it. Fix it; Telemetry Lens does not rewrite it.</source>
        <translation>%1 ist keine YAML-Zuordnung, daher kann Yarn die Datei nicht verwenden. Reparieren Sie sie; Telemetry Lens schreibt sie nicht neu.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML (%2), so Yarn stops with a parse error. Fix it; Telemetry Lens does not rewrite it.</source>
        <translation>%1 ist kein gültiges YAML (%2), daher bricht Yarn mit einem Lesefehler ab. Reparieren Sie die Datei; Telemetry Lens schreibt sie nicht neu.</translation>
    </message>
</context>
<context>
    <name>tlens::Banner</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>tlens::ChangeHistoryModel</name>
    <message>
        <source>Turned off</source>
        <translation>Abgeschaltet</translation>
    </message>
    <message>
        <source>Turned on</source>
        <translation>Eingeschaltet</translation>
    </message>
    <message>
        <source>%1 (whole machine)</source>
        <translation>%1 (ganzer Rechner)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>tlens::DeletionDialog</name>
    <message>
        <source>Copy the text — I send it myself</source>
        <translation>Text kopieren – ich sende ihn selbst</translation>
    </message>
    <message>
        <source>Open in my mail program</source>
        <translation>In meinem E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Save as an e-mail file (.eml)</source>
        <translation>Als E-Mail-Datei speichern (.eml)</translation>
    </message>
    <message>
        <source>Open a prefilled issue on the tracker</source>
        <translation>Ein vorausgefülltes Issue im Tracker öffnen</translation>
    </message>
    <message>
        <source>Send to my organisation&apos;s privacy endpoint (HTTPS)</source>
        <translation>An den Datenschutz-Endpunkt meiner Organisation senden (HTTPS)</translation>
    </message>
    <message>
        <source>&amp;Copy and record</source>
        <translation>&amp;Kopieren und festhalten</translation>
    </message>
    <message>
        <source>&amp;Open mail program</source>
        <translation>E-Mail-Programm ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save message…</source>
        <translation>Nachricht 419a3fdb	Nachricht &amp;speichern …speichern …</translation>
    </message>
    <message>
        <source>&amp;Open issue form</source>
        <translation>Issue-Formular ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>Request deletion — %1</source>
        <translation>Löschung beantragen – %1</translation>
    </message>
    <message>
        <source>Identifiers to quote</source>
        <translation>Zu zitierende Kennungen</translation>
    </message>
    <message>
        <source>optional — the only personal detail the message would contain</source>
        <translation>optional – die einzige persönliche Angabe, die die Nachricht enthalten würde</translation>
    </message>
    <message>
        <source>Your e-mail address for the answer</source>
        <translation>Ihre E-Mail-Adresse für die Antwort</translation>
    </message>
    <message>
        <source>How the request leaves</source>
        <translation>Wie der Antrag versendet wird</translation>
    </message>
    <message>
        <source>Privacy endpoint address</source>
        <translation>Adresse des Datenschutz-Endpunkts</translation>
    </message>
    <message>
        <source>The exact message</source>
        <translation>Die genaue Nachricht</translation>
    </message>
    <message>
        <source>%1 names no address for deletion requests; the request becomes a public issue on its tracker quoting the %2.</source>
        <translation>%1 nennt keine Adresse für Löschanträge; der Antrag wird zu einem öffentlichen Issue in seinem Tracker, das die Kennung %2 zitiert.</translation>
    </message>
    <message>
        <source>%1 deletes collected data when asked at %2 with the %3 values. Nothing leaves before you confirm, and the message names no user, host or path.</source>
        <translation>%1 löscht erfasste Daten auf Anfrage an %2 unter Angabe der %3-Werte. Nichts wird versendet, bevor Sie bestätigen, und die Nachricht nennt keinen Benutzer, Rechner oder Pfad.</translation>
    </message>
    <message>
        <source>&amp;Identifiers:</source>
        <translation>Kenn&amp;ungen:</translation>
    </message>
    <message>
        <source>Your &amp;address:</source>
        <translation>Ihre &amp;Adresse:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ka&amp;nal:</translation>
    </message>
    <message>
        <source>&amp;Preview of the exact message:</source>
        <translation>&amp;Vorschau der genauen Nachricht:</translation>
    </message>
    <message>
        <source>Check at least one identifier.</source>
        <translation>Wählen Sie mindestens eine Kennung aus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address; give one like name@example.org, or leave it empty.</source>
        <translation>„%1“ ist keine E-Mail-Adresse; geben Sie eine wie name@example.org an oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Give the https:// address of your organisation&apos;s privacy endpoint.</source>
        <translation>Geben Sie die https://-Adresse des Datenschutz-Endpunkts Ihrer Organisation an.</translation>
    </message>
    <message>
        <source>The message is too long for a link; save it as an .eml file or copy it instead.</source>
        <translation>Die Nachricht ist zu lang für einen Link; speichern Sie sie stattdessen als .eml-Datei oder kopieren Sie sie.</translation>
    </message>
    <message>
        <source>Save the deletion request</source>
        <translation>Löschantrag speichern</translation>
    </message>
    <message>
        <source>E-mail message (*.eml)</source>
        <translation>E-Mail-Nachricht (*.eml)</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another place.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>No program could open the link. Copy the text instead, or save it as an .eml file.</source>
        <translation>Kein Programm konnte den Link öffnen. Kopieren Sie stattdessen den Text oder speichern Sie ihn als .eml-Datei.</translation>
    </message>
    <message>
        <source>The account whose data the request is about</source>
        <translation>Das Konto, um dessen Daten es im Antrag geht</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose the account…</source>
        <translation>Konto wählen …</translation>
    </message>
    <message>
        <source>Acco&amp;unt:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>Choose the account whose data the request is about.</source>
        <translation>Wählen Sie das Konto, um dessen Daten es im Antrag geht.</translation>
    </message>
    <message>
        <source>No %1 was found for %2, so there is nothing to quote.</source>
        <translation>Für %2 wurde keine Kennung %1 gefunden, daher gibt es nichts zu zitieren.</translation>
    </message>
</context>
<context>
    <name>tlens::DeletionRequest</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Handed to the mail program</source>
        <translation>An das E-Mail-Programm übergeben</translation>
    </message>
    <message>
        <source>Saved as .eml</source>
        <translation>Als .eml gespeichert</translation>
    </message>
    <message>
        <source>Issue form opened</source>
        <translation>Issue-Formular geöffnet</translation>
    </message>
    <message>
        <source>The date is not a valid day.</source>
        <translation>Das Datum ist kein gültiger Tag.</translation>
    </message>
    <message>
        <source>%1 is in the future; give the day you sent request %2.</source>
        <translation>%1 liegt in der Zukunft; geben Sie den Tag an, an dem Sie Antrag %2 gesendet haben.</translation>
    </message>
    <message>
        <source>Request %1 was only written on %2; it cannot have been sent on %3.</source>
        <translation>Antrag %1 wurde erst am %2 verfasst; er kann nicht am %3 gesendet worden sein.</translation>
    </message>
</context>
<context>
    <name>tlens::FleetModel</name>
    <message>
        <source>not in the report</source>
        <translation>nicht im Bericht</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 of %n account(s))</source>
        <translation>
            <numerusform>%1 (%2 von %n Konto)</numerusform>
            <numerusform>%1 (%2 von %n Konten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored report(s)</source>
        <translation>
            <numerusform>%n gespeicherter Bericht</numerusform>
            <numerusform>%n gespeicherte Berichte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identifier(s)</source>
        <translation>
            <numerusform>%n Kennung</numerusform>
            <numerusform>%n Kennungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (collecting on %2 of %n host(s))</source>
        <translation>
            <numerusform>%1 (erfasst auf %2 von %n Rechner)</numerusform>
            <numerusform>%1 (erfasst auf %2 von %n Rechnern)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tlens::FleetPage</name>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>Hosts and tools</source>
        <translation>Rechner und Werkzeuge</translation>
    </message>
    <message>
        <source>Warnings of the selected host</source>
        <translation>Warnungen des gewählten Rechners</translation>
    </message>
    <message>
        <source>Select a host to read its warnings.</source>
        <translation>Wählen Sie einen Rechner, um seine Warnungen zu lesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n Rechner</numerusform>
            <numerusform>%n Rechner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a collecting tool</source>
        <translation>
            <numerusform>%n mit einem erfassenden Werkzeug</numerusform>
            <numerusform>%n mit einem erfassenden Werkzeug</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no warnings.</source>
        <translation>%1 hat keine Warnungen.</translation>
    </message>
    <message>
        <source>Warnings of %1:</source>
        <translation>Warnungen von %1:</translation>
    </message>
</context>
<context>
    <name>tlens::HistoryPage</name>
    <message>
        <source>&amp;Undo the most recent change</source>
        <translation>Letzte Änderung rückgängig &amp;machen</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>Every change the switches wrote, newest first. Each file was backed up before it was changed; undo puts back its exact previous bytes and removes files the change created.</source>
        <translation>Jede Änderung, die die Schalter geschrieben haben, neueste zuerst. Jede Datei wurde vor der Änderung gesichert; Rückgängig stellt ihren vorherigen Inhalt byte-genau wieder her und entfernt Dateien, die durch die Änderung angelegt wurden.</translation>
    </message>
    <message>
        <source>Change sets</source>
        <translation>Änderungssätze</translation>
    </message>
    <message>
        <source>Files of the selected change set</source>
        <translation>Dateien des ausgewählten Änderungssatzes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Undo the most recent change set</source>
        <translation>Den letzten Änderungssatz rückgängig machen</translation>
    </message>
    <message>
        <source>created by the change</source>
        <translation>durch die Änderung angelegt</translation>
    </message>
    <message>
        <source>removed by the change</source>
        <translation>durch die Änderung entfernt</translation>
    </message>
    <message>
        <source>No change has been made yet. Turning a tool off (or on again) records a change set here.</source>
        <translation>Es wurde noch keine Änderung vorgenommen. Wenn Sie ein Werkzeug abschalten (oder wieder einschalten), wird hier ein Änderungssatz festgehalten.</translation>
    </message>
</context>
<context>
    <name>tlens::IdentifiersModel</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What it can reveal</source>
        <translation>Was sie verraten kann</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
</context>
<context>
    <name>tlens::InputsModel</name>
    <message>
        <source>won</source>
        <translation>wirksam</translation>
    </message>
    <message>
        <source>shadowed</source>
        <translation>verdeckt</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>bedingt</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>built-in default</source>
        <translation>eingebauter Standard</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>tlens::JsonTreeModel</name>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>Kein gültiges JSON an Byte %1: %2</translation>
    </message>
    <message>
        <source>The document holds no JSON object or array.</source>
        <translation>Das Dokument enthält kein JSON-Objekt und kein JSON-Array.</translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>tlens::MainWindow</name>
    <message>
        <source>Scan progress</source>
        <translation>Fortschritt der Untersuchung</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Scan again (F5). The window also rescans by itself when a tool writes.</source>
        <translation>Erneut untersuchen (F5). Das Fenster untersucht auch von selbst neu, wenn ein Werkzeug schreibt.</translation>
    </message>
    <message>
        <source>Turn &amp;off all…</source>
        <translation>Alle &amp;abschalten …</translation>
    </message>
    <message>
        <source>Switch off the telemetry of every collecting tool, after showing each change (Ctrl+Shift+D)</source>
        <translation>Die Telemetrie jedes erfassenden Werkzeugs abschalten, nachdem jede Änderung angezeigt wurde (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>&amp;Undo last change</source>
        <translation>Letzte Änderung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Put back the files of the most recent change set (Ctrl+Z)</source>
        <translation>Die Dateien des letzten Änderungssatzes wiederherstellen (Strg+Z)</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren …</translation>
    </message>
    <message>
        <source>Save the audit report as HTML, JSON or CSV (Ctrl+E)</source>
        <translation>Den Prüfbericht als HTML, JSON oder CSV speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Open &amp;mounted image…</source>
        <translation>Eingehängtes Abb&amp;ild öffnen …</translation>
    </message>
    <message>
        <source>Folder where the image is mounted</source>
        <translation>Ordner, in dem das Abbild eingehängt ist</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Deletion requests</source>
        <translation>&amp;Löschanträge</translation>
    </message>
    <message>
        <source>&amp;History of changes</source>
        <translation>Änderungs&amp;verlauf</translation>
    </message>
    <message>
        <source>&amp;About Telemetry Lens</source>
        <translation>Ü&amp;ber Telemetry Lens</translation>
    </message>
    <message>
        <source>About Telemetry Lens</source>
        <translation>Über Telemetry Lens</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Telemetry Lens %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;See what your developer tools collect and send, switch it off, and ask for the data to be deleted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Telemetry Lens %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sehen Sie, was Ihre Entwicklerwerkzeuge erfassen und senden, schalten Sie es ab und verlangen Sie die Löschung der Daten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Scope: whose settings are examined</source>
        <translation>Bereich: wessen Einstellungen untersucht werden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Navigation: overview, tools, deletion requests, history</source>
        <translation>Navigation: Übersicht, Werkzeuge, Löschanträge, Verlauf</translation>
    </message>
    <message>
        <source>%1 changed; scanning again…</source>
        <translation>%1 wurde geändert; erneute Untersuchung …</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>%1 wird untersucht …</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) examined</source>
        <translation>
            <numerusform>%n Konto untersucht</numerusform>
            <numerusform>%n Konten untersucht</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Wird untersucht …</translation>
    </message>
    <message>
        <source>Deletion requests</source>
        <translation>Löschanträge</translation>
    </message>
    <message numerus="yes">
        <source>Deletion requests (%n overdue)</source>
        <translation>
            <numerusform>Löschanträge (%n überfällig)</numerusform>
            <numerusform>Löschanträge (%n überfällig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deletion requests (%n open)</source>
        <translation>
            <numerusform>Löschanträge (%n offen)</numerusform>
            <numerusform>Löschanträge (%n offen)</numerusform>
        </translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mein Konto</translation>
    </message>
    <message>
        <source>Home: %1</source>
        <translation>Home-Ordner: %1</translation>
    </message>
    <message>
        <source>Another home…</source>
        <translation>Anderer Home-Ordner …</translation>
    </message>
    <message>
        <source>All users (admin)</source>
        <translation>Alle Benutzer (Administrator)</translation>
    </message>
    <message>
        <source>Mounted image…</source>
        <translation>Eingehängtes Abbild …</translation>
    </message>
    <message>
        <source>Image: %1…</source>
        <translation>Abbild: %1 …</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Rechner</translation>
    </message>
    <message>
        <source>Home folder to examine</source>
        <translation>Zu untersuchender Home-Ordner</translation>
    </message>
    <message>
        <source>%1 is outside %2; choose a folder inside the examined root.</source>
        <translation>%1 liegt außerhalb von %2; wählen Sie einen Ordner innerhalb der untersuchten Wurzel.</translation>
    </message>
    <message>
        <source>Working out what to change…</source>
        <translation>Zu ändernde Dateien werden ermittelt …</translation>
    </message>
    <message>
        <source>Working out what to change to turn telemetry off…</source>
        <translation>Es wird ermittelt, was zum Abschalten der Telemetrie geändert werden muss …</translation>
    </message>
    <message>
        <source>Some files were not changed: %1</source>
        <translation>Einige Dateien wurden nicht geändert: %1</translation>
    </message>
    <message>
        <source>Telemetry of %1 was switched on again.</source>
        <translation>Die Telemetrie von %1 wurde wieder eingeschaltet.</translation>
    </message>
    <message>
        <source>Telemetry of %1 was switched off.</source>
        <translation>Die Telemetrie von %1 wurde abgeschaltet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n file(s) changed; a backup was kept.</source>
        <translation>
            <numerusform>%1 %n Datei geändert; eine Sicherung wurde angelegt.</numerusform>
            <numerusform>%1 %n Dateien geändert; eine Sicherung wurde angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no change to undo.</source>
        <translation>Es gibt keine Änderung, die rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>The last change could not be undone completely: %1</source>
        <translation>Die letzte Änderung konnte nicht vollständig rückgängig gemacht werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The last change was undone: %n file(s) put back as they were.</source>
        <translation>
            <numerusform>Die letzte Änderung wurde rückgängig gemacht: %n Datei wiederhergestellt.</numerusform>
            <numerusform>Die letzte Änderung wurde rückgängig gemacht: %n Dateien wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit report</source>
        <translation>Prüfbericht exportieren</translation>
    </message>
    <message>
        <source>HTML page (*.html);;JSON (*.json);;CSV table (*.csv)</source>
        <translation>HTML-Seite (*.html);;JSON (*.json);;CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another place.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>The audit report was saved to %1.</source>
        <translation>Der Prüfbericht wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>The request text is on the clipboard and recorded as a draft. Once you have sent it, choose &quot;Mark as sent&quot; to start the one-month answer period.</source>
        <translation>Der Antragstext liegt in der Zwischenablage und ist als Entwurf festgehalten. Sobald Sie ihn gesendet haben, wählen Sie „Als gesendet markieren“, damit die einmonatige Antwortfrist beginnt.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>Last scan %1 took %2 · %n file(s) read · watching %3 paths for changes</source>
        <translation>
            <numerusform>Letzte Untersuchung um %1 dauerte %2 · %n Datei gelesen · %3 Pfade werden auf Änderungen überwacht</numerusform>
            <numerusform>Letzte Untersuchung um %1 dauerte %2 · %n Dateien gelesen · %3 Pfade werden auf Änderungen überwacht</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 of %3 collecting</source>
        <translation>%1 — Erfassung: %2 von %3</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>The language changes the next time Telemetry Lens starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Telemetry Lens.</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>Be&amp;reich:</translation>
    </message>
    <message>
        <source>Sample workstation</source>
        <translation>Beispielrechner</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Abbild %1</translation>
    </message>
    <message>
        <source>Saved as %1; nothing is sent yet. Send it from your mail program, then choose &quot;Mark as sent&quot;: the one-month answer period starts that day.</source>
        <translation>Als %1 gespeichert; noch ist nichts gesendet. Senden Sie die Datei mit Ihrem E-Mail-Programm und wählen Sie dann „Als gesendet markieren“: Die einmonatige Antwortfrist beginnt an diesem Tag.</translation>
    </message>
    <message>
        <source>The message was handed to your mail program; nothing is sent yet. Once you have sent it, choose &quot;Mark as sent&quot;: the one-month answer period starts that day.</source>
        <translation>Die Nachricht wurde an Ihr E-Mail-Programm übergeben; noch ist nichts gesendet. Sobald Sie sie gesendet haben, wählen Sie „Als gesendet markieren“: Die einmonatige Antwortfrist beginnt an diesem Tag.</translation>
    </message>
    <message>
        <source>The issue form was opened in your browser; nothing is sent yet. Once you have submitted it, choose &quot;Mark as sent&quot;: the one-month answer period starts that day.</source>
        <translation>Das Issue-Formular wurde in Ihrem Browser geöffnet; noch ist nichts gesendet. Sobald Sie es abgeschickt haben, wählen Sie „Als gesendet markieren“: Die einmonatige Antwortfrist beginnt an diesem Tag.</translation>
    </message>
    <message>
        <source>Also for tools not installed yet</source>
        <translation>Auch für noch nicht installierte Werkzeuge</translation>
    </message>
    <message>
        <source>&quot;Turn off all&quot; also writes the opt-outs of supported tools that are not installed here, so they start switched off when they are installed.</source>
        <translation>„Alle abschalten“ schreibt auch die Abschaltungen unterstützter Werkzeuge, die hier nicht installiert sind, damit sie nach der Installation ausgeschaltet starten.</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK</source>
        <translation>DO_NOT_TRACK</translation>
    </message>
    <message>
        <source>Which tools honour DO_NOT_TRACK</source>
        <translation>Welche Werkzeuge DO_NOT_TRACK beachten</translation>
    </message>
    <message>
        <source>Open &amp;fleet reports…</source>
        <translation>&amp;Flottenberichte öffnen …</translation>
    </message>
    <message>
        <source>Show the audit reports of many machines (a folder of JSON reports) in one table</source>
        <translation>Die Prüfberichte vieler Rechner (ein Ordner mit JSON-Berichten) in einer Tabelle zeigen</translation>
    </message>
    <message>
        <source>Folder of audit reports</source>
        <translation>Ordner mit Prüfberichten</translation>
    </message>
    <message numerus="yes">
        <source>Fleet — %n host(s)</source>
        <translation>
            <numerusform>Flotte — %n Rechner</numerusform>
            <numerusform>Flotte — %n Rechner</numerusform>
        </translation>
    </message>
    <message>
        <source>DO_NOT_&amp;TRACK…</source>
        <translation>DO_NOT_&amp;TRACK…</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n tool(s)</source>
        <translation>
            <numerusform>%1, %n Werkzeug</numerusform>
            <numerusform>%1, %n Werkzeuge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tlens::OptOutDialog</name>
    <message>
        <source>Also &amp;comment out these lines (undo puts them back)</source>
        <translation>Diese Zeilen ebenfalls aus&amp;kommentieren (Rückgängig stellt sie wieder her)</translation>
    </message>
    <message>
        <source>Files that will change</source>
        <translation>Dateien, die sich ändern</translation>
    </message>
    <message>
        <source>Exact changes of the selected file</source>
        <translation>Genaue Änderungen der ausgewählten Datei</translation>
    </message>
    <message>
        <source>Write changes</source>
        <translation>Änderungen schreiben</translation>
    </message>
    <message>
        <source>&amp;Files that will change — select one to see exactly what is written:</source>
        <translation>&amp;Dateien, die sich ändern – wählen Sie eine aus, um genau zu sehen, was geschrieben wird:</translation>
    </message>
    <message>
        <source>Turn telemetry on again</source>
        <translation>Telemetrie wieder einschalten</translation>
    </message>
    <message>
        <source>Turn telemetry off</source>
        <translation>Telemetrie abschalten</translation>
    </message>
    <message>
        <source>Turn on %1 for %2</source>
        <translation>%1 für %2 einschalten</translation>
    </message>
    <message>
        <source>Turn off %1 for %2</source>
        <translation>%1 für %2 abschalten</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n file(s) change.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Datei ändert sich.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Dateien ändern sich.</numerusform>
        </translation>
    </message>
    <message>
        <source>It would still collect afterwards (see below).</source>
        <translation>Es würde danach weiterhin erfassen (siehe unten).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: nothing to change, its files already say so.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: nichts zu ändern, seine Dateien sind bereits so eingestellt.</translation>
    </message>
    <message>
        <source>It still collects because of a line elsewhere (see below).</source>
        <translation>Es erfasst weiterhin wegen einer Zeile an anderer Stelle (siehe unten).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: left alone. %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: nicht angetastet. %2</translation>
    </message>
    <message>
        <source>&lt;code&gt;%1&lt;/code&gt; in %2 line %3 keeps %4 collecting.</source>
        <translation>&lt;code&gt;%1&lt;/code&gt; in %2 Zeile %3 hält die Erfassung von %4 eingeschaltet.</translation>
    </message>
    <message>
        <source>A setting outside the files Telemetry Lens manages takes precedence over the opt-out:</source>
        <translation>Eine Einstellung außerhalb der von Telemetry Lens verwalteten Dateien hat Vorrang vor der Abschaltung:</translation>
    </message>
    <message>
        <source>Telemetry Lens changes such a line only if you ask it to: it comments the line out with a marker.</source>
        <translation>Telemetry Lens ändert eine solche Zeile nur auf Ihren Wunsch: Es kommentiert sie mit einer Markierung aus.</translation>
    </message>
    <message>
        <source>These lines are commented out by this change:</source>
        <translation>Diese Zeilen werden durch diese Änderung auskommentiert:</translation>
    </message>
    <message>
        <source>%1 (new file)</source>
        <translation>%1 (neue Datei)</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <source>No file needs to change.</source>
        <translation>Keine Datei muss geändert werden.</translation>
    </message>
    <message>
        <source>Every file is backed up first; Undo (Ctrl+Z) puts the exact previous bytes back.</source>
        <translation>Jede Datei wird zuerst gesichert; Rückgängig (Strg+Z) stellt den vorherigen Inhalt byte-genau wieder her.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Turn on — write %n file(s)</source>
        <translation>
            <numerusform>&amp;Einschalten – %n Datei schreiben</numerusform>
            <numerusform>&amp;Einschalten – %n Dateien schreiben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Turn off — write %n file(s)</source>
        <translation>
            <numerusform>&amp;Abschalten – %n Datei schreiben</numerusform>
            <numerusform>&amp;Abschalten – %n Dateien schreiben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a link; the file written is %2.</source>
        <translation>%1 ist eine Verknüpfung; geschrieben wird die Datei %2.</translation>
    </message>
    <message>
        <source>Where to write the setting</source>
        <translation>Wohin die Einstellung geschrieben wird</translation>
    </message>
    <message>
        <source>Every account: the machine-wide files in /etc</source>
        <translation>Jedes Konto: die systemweiten Dateien in /etc</translation>
    </message>
    <message>
        <source>&amp;Write for:</source>
        <translation>&amp;Schreiben für:</translation>
    </message>
    <message>
        <source>every account</source>
        <translation>jedes Konto</translation>
    </message>
    <message>
        <source>%1 only: the account&apos;s own files</source>
        <translation>Nur %1: die eigenen Dateien des Kontos</translation>
    </message>
    <message>
        <source>%1 would stay off for %2: %3</source>
        <translation>%1 bliebe für %2 ausgeschaltet: %3</translation>
    </message>
    <message>
        <source>%1 would still collect for %2: %3</source>
        <translation>%1 würde für %2 weiter erfassen: %3</translation>
    </message>
    <message>
        <source>Only an administrator can change the machine-wide files. Nothing can be written from this window; run this in a terminal instead:</source>
        <translation>Nur ein Administrator kann die systemweiten Dateien ändern. Aus diesem Fenster kann nichts geschrieben werden; führen Sie stattdessen dies in einem Terminal aus:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: its setting goes into %n shared file(s), written once for all tools.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: seine Einstellung kommt in %n geteilte Datei, die einmal für alle Werkzeuge geschrieben wird.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: seine Einstellung kommt in %n geteilte Dateien, die einmal für alle Werkzeuge geschrieben werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n file(s) change, %2 of them shared with other tools.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Datei ändert sich, %2 davon mit anderen Werkzeugen geteilt.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Dateien ändern sich, %2 davon mit anderen Werkzeugen geteilt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all, %n file(s) change; a file shared by several tools is written once.</source>
        <translation>
            <numerusform>Insgesamt ändert sich %n Datei; eine von mehreren Werkzeugen geteilte Datei wird einmal geschrieben.</numerusform>
            <numerusform>Insgesamt ändern sich %n Dateien; eine von mehreren Werkzeugen geteilte Datei wird einmal geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tlens::OverviewPage</name>
    <message>
        <source>&amp;Open tool page</source>
        <translation>Werkzeugseite ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Turn off…</source>
        <translation>Ab&amp;schalten …</translation>
    </message>
    <message>
        <source>Machine summary</source>
        <translation>Zusammenfassung des Rechners</translation>
    </message>
    <message>
        <source>Tools and their telemetry state</source>
        <translation>Werkzeuge und ihr Telemetrie-Zustand</translation>
    </message>
    <message>
        <source>Open tool page</source>
        <translation>Werkzeugseite öffnen</translation>
    </message>
    <message>
        <source>Open the selected tool&apos;s page</source>
        <translation>Die Seite des ausgewählten Werkzeugs öffnen</translation>
    </message>
    <message>
        <source>Turn off the selected tool&apos;s telemetry</source>
        <translation>Die Telemetrie des ausgewählten Werkzeugs abschalten</translation>
    </message>
    <message>
        <source>No stored reports yet: the tools have not written any report on this machine.</source>
        <translation>Noch keine gespeicherten Berichte: Die Werkzeuge haben auf diesem Rechner noch keinen Bericht geschrieben.</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Wird untersucht …</translation>
    </message>
    <message>
        <source>Nothing scanned yet</source>
        <translation>Noch nichts untersucht</translation>
    </message>
    <message>
        <source>Reports sent per tool</source>
        <translation>Gesendete Berichte pro Werkzeug</translation>
    </message>
    <message>
        <source>No account found</source>
        <translation>Kein Konto gefunden</translation>
    </message>
    <message>
        <source>No account with a home folder was found under %1. Choose another home or &quot;All users&quot; in Scope.</source>
        <translation>Unter %1 wurde kein Konto mit einem Home-Ordner gefunden. Wählen Sie unter „Bereich“ einen anderen Home-Ordner oder „Alle Benutzer“.</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
    <message>
        <source>Collecting: %1</source>
        <translation>Erfassung aktiv: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1 (%2)</source>
        <translation>Konto %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n stored report(s)</source>
        <translation>
            <numerusform>%n gespeicherter Bericht</numerusform>
            <numerusform>%n gespeicherte Berichte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identifier(s)</source>
        <translation>
            <numerusform>%n Kennung</numerusform>
            <numerusform>%n Kennungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read as expected (point here for details).</source>
        <translation>
            <numerusform>%n Datei konnte nicht wie erwartet gelesen werden (für Details hierauf zeigen).</numerusform>
            <numerusform>%n Dateien konnten nicht wie erwartet gelesen werden (für Details hierauf zeigen).</numerusform>
        </translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <source>Reports sent per tool, %1</source>
        <translation>Gesendete Berichte pro Werkzeug, %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n report(s) without a time are not shown)</source>
        <translation>
            <numerusform>(%n Bericht ohne Zeitangabe wird nicht angezeigt)</numerusform>
            <numerusform>(%n Berichte ohne Zeitangabe werden nicht angezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all supported tools</source>
        <translation>Alle unterstützten Werkzeuge zeigen</translation>
    </message>
    <message>
        <source>Also list the supported tools that are neither installed nor configured here.</source>
        <translation>Auch die unterstützten Werkzeuge auflisten, die hier weder installiert noch eingerichtet sind.</translation>
    </message>
</context>
<context>
    <name>tlens::ReportsModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Send error: %1</source>
        <translation>Sendefehler: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>tlens::RequestLedger</name>
    <message>
        <source>The SQLite driver for Qt is missing; install the package libqt6sql6-sqlite.</source>
        <translation>Der SQLite-Treiber für Qt fehlt; installieren Sie das Paket libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the request ledger; check its permissions.</source>
        <translation>Der Ordner %1 für das Antragsverzeichnis kann nicht erstellt werden; prüfen Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <source>Cannot open the request ledger %1: %2</source>
        <translation>Das Antragsverzeichnis %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot use the request ledger %1: %2</source>
        <translation>Das Antragsverzeichnis %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>it was written by a newer Telemetry Lens (schema %1); update the application.</source>
        <translation>es wurde von einer neueren Version von Telemetry Lens geschrieben (Schema %1); aktualisieren Sie die Anwendung.</translation>
    </message>
    <message>
        <source>The request ledger %1 is not open.</source>
        <translation>Das Antragsverzeichnis %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot store the request in %1: %2</source>
        <translation>Der Antrag kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a request id; give at least its first 4 characters as listed by telemetry-lens requests.</source>
        <translation>„%1“ ist keine Antrags-ID; geben Sie mindestens die ersten 4 Zeichen an, wie telemetry-lens requests sie auflistet.</translation>
    </message>
    <message>
        <source>Cannot read the request ledger %1.</source>
        <translation>Das Antragsverzeichnis %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No request with id %1 in the ledger.</source>
        <translation>Im Antragsverzeichnis gibt es keinen Antrag mit der ID %1.</translation>
    </message>
    <message numerus="yes">
        <source>The id %1 matches %n request(s); give more characters.</source>
        <translation>
            <numerusform>Die ID %1 passt auf %n Antrag; geben Sie mehr Zeichen an.</numerusform>
            <numerusform>Die ID %1 passt auf %n Anträge; geben Sie mehr Zeichen an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot update the request ledger %1: %2</source>
        <translation>Das Antragsverzeichnis %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Request %1 does not go over HTTP.</source>
        <translation>Antrag %1 wird nicht über HTTP versendet.</translation>
    </message>
    <message>
        <source>Request %1 (%2): that change does not apply to it.</source>
        <translation>Antrag %1 (%2): Diese Änderung ist für ihn nicht möglich.</translation>
    </message>
    <message>
        <source>Request %1 is closed.</source>
        <translation>Antrag %1 ist geschlossen.</translation>
    </message>
    <message>
        <source>Request %1 was already answered on %2.</source>
        <translation>Antrag %1 wurde bereits am %2 beantwortet.</translation>
    </message>
    <message>
        <source>Request %1 was already recorded as sent on %2.</source>
        <translation>Antrag %1 wurde bereits als am %2 gesendet festgehalten.</translation>
    </message>
    <message>
        <source>Request %1 goes to an HTTP endpoint: it counts as sent when the endpoint accepts it. Send it again with telemetry-lens requests --retry, or close it.</source>
        <translation>Antrag %1 geht an einen HTTP-Endpunkt: Er gilt als gesendet, wenn der Endpunkt ihn annimmt. Senden Sie ihn mit telemetry-lens requests --retry erneut, oder schließen Sie ihn.</translation>
    </message>
    <message>
        <source>Request %1 is not marked as sent yet; mark it sent first, with the day you sent it.</source>
        <translation>Antrag %1 ist noch nicht als gesendet markiert; markieren Sie ihn zuerst als gesendet, mit dem Tag, an dem Sie ihn gesendet haben.</translation>
    </message>
    <message>
        <source>Request %1 was never delivered to its endpoint.</source>
        <translation>Antrag %1 wurde seinem Endpunkt nie zugestellt.</translation>
    </message>
    <message>
        <source>Request %1 is already closed.</source>
        <translation>Antrag %1 ist bereits geschlossen.</translation>
    </message>
</context>
<context>
    <name>tlens::RequestSender</name>
    <message>
        <source>&quot;%1&quot; is not an absolute https:// address.</source>
        <translation>„%1“ ist keine absolute https://-Adresse.</translation>
    </message>
    <message>
        <source>The endpoint %1 contains a user name or password; the ledger and the screen would show it. Use an address without credentials.</source>
        <translation>Der Endpunkt %1 enthält einen Benutzernamen oder ein Passwort; das Antragsverzeichnis und der Bildschirm würden sie anzeigen. Verwenden Sie eine Adresse ohne Zugangsdaten.</translation>
    </message>
    <message>
        <source>The endpoint %1 uses plain http://, which anyone on the way can read and change. Use https:// (plain http:// is accepted only for this computer: localhost, 127.0.0.1, ::1).</source>
        <translation>Der Endpunkt %1 verwendet unverschlüsseltes http://, das jeder auf dem Übertragungsweg lesen und ändern kann. Verwenden Sie https:// (unverschlüsseltes http:// wird nur für diesen Rechner akzeptiert: localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>The endpoint %1 is not an https:// address.</source>
        <translation>Der Endpunkt %1 ist keine https://-Adresse.</translation>
    </message>
    <message>
        <source>Request %1 vanished from the ledger.</source>
        <translation>Antrag %1 ist aus dem Antragsverzeichnis verschwunden.</translation>
    </message>
    <message>
        <source>Delivered, but the ledger could not record it: %1</source>
        <translation>Zugestellt, aber das Antragsverzeichnis konnte es nicht festhalten: %1</translation>
    </message>
    <message>
        <source>The endpoint answered HTTP %1 and points to %2; configure that address instead.</source>
        <translation>Der Endpunkt antwortete mit HTTP %1 und verweist auf %2; tragen Sie stattdessen diese Adresse ein.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). Check the address and the system&apos;s certificates; the request was not retried.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (%2). Prüfen Sie die Adresse und die Zertifikate des Systems; die Anfrage wurde nicht wiederholt.</translation>
    </message>
    <message numerus="yes">
        <source>The server asks to wait %n second(s) before trying again; the request stays queued.</source>
        <translation>
            <numerusform>Der Server bittet, %n Sekunde bis zum nächsten Versuch zu warten; die Anfrage bleibt in der Warteschlange.</numerusform>
            <numerusform>Der Server bittet, %n Sekunden bis zum nächsten Versuch zu warten; die Anfrage bleibt in der Warteschlange.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tlens::RequestsModel</name>
    <message>
        <source>printed / copied</source>
        <translation>ausgegeben / kopiert</translation>
    </message>
    <message>
        <source>mail program</source>
        <translation>E-Mail-Programm</translation>
    </message>
    <message>
        <source>.eml file</source>
        <translation>.eml-Datei</translation>
    </message>
    <message>
        <source>issue tracker</source>
        <translation>Issue-Tracker</translation>
    </message>
    <message>
        <source>privacy endpoint</source>
        <translation>Datenschutz-Endpunkt</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — überfällig</translation>
    </message>
    <message numerus="yes">
        <source>%1 (overdue by %n day(s))</source>
        <translation>
            <numerusform>%1 (seit %n Tag überfällig)</numerusform>
            <numerusform>%1 (seit %n Tagen überfällig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (in %n Tag)</numerusform>
            <numerusform>%1 (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (nach %n Versuch)</numerusform>
            <numerusform>%1 (nach %n Versuchen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Antwort fällig</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>starts when sent</source>
        <translation>beginnt mit dem Senden</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
</context>
<context>
    <name>tlens::RequestsPage</name>
    <message>
        <source>&amp;Retry sending</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>&amp;Copy message</source>
        <translation>Nachricht &amp;kopieren</translation>
    </message>
    <message>
        <source>Mark as &amp;answered</source>
        <translation>Als beantwortet &amp;markieren</translation>
    </message>
    <message>
        <source>C&amp;lose request</source>
        <translation>Antrag schl&amp;ießen</translation>
    </message>
    <message>
        <source>Deletion requests</source>
        <translation>Löschanträge</translation>
    </message>
    <message>
        <source>Deletion requests and their deadlines</source>
        <translation>Löschanträge und ihre Fristen</translation>
    </message>
    <message>
        <source>The request&apos;s exact message</source>
        <translation>Die genaue Nachricht des Antrags</translation>
    </message>
    <message>
        <source>Send a request that could not reach its endpoint again</source>
        <translation>Einen Antrag, der seinen Endpunkt nicht erreicht hat, erneut senden</translation>
    </message>
    <message>
        <source>The vendor answered</source>
        <translation>Der Anbieter hat geantwortet</translation>
    </message>
    <message>
        <source>Stop following this request up</source>
        <translation>Diesen Antrag nicht mehr weiterverfolgen</translation>
    </message>
    <message>
        <source>Request %1: attempt %2 failed (%3); trying again.</source>
        <translation>Antrag %1: Versuch %2 fehlgeschlagen (%3); neuer Versuch.</translation>
    </message>
    <message>
        <source>Request %1 was delivered.</source>
        <translation>Antrag %1 wurde zugestellt.</translation>
    </message>
    <message>
        <source>Request %1 could not be delivered now (%2); it stays queued and is tried again when the window next opens, or with Retry.</source>
        <translation>Antrag %1 konnte jetzt nicht zugestellt werden (%2); er bleibt in der Warteschlange und wird beim nächsten Öffnen des Fensters oder mit „Erneut senden“ wieder versucht.</translation>
    </message>
    <message>
        <source>The endpoint refused request %1: %2</source>
        <translation>Der Endpunkt hat Antrag %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>No deletion request yet. Open a tool, check identifiers in its Identifiers tab and choose &quot;Request deletion&quot;.</source>
        <translation>Noch kein Löschantrag. Öffnen Sie ein Werkzeug, markieren Sie im Reiter „Kennungen“ die gewünschten Kennungen und wählen Sie „Löschung der markierten beantragen“.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Antrag</numerusform>
            <numerusform>%n Anträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for an answer or delivery</source>
        <translation>
            <numerusform>%n wartet auf Antwort oder Zustellung</numerusform>
            <numerusform>%n warten auf Antwort oder Zustellung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue (no answer within the month the GDPR allows)</source>
        <translation>
            <numerusform>%n überfällig (keine Antwort innerhalb des Monats, den die DSGVO erlaubt)</numerusform>
            <numerusform>%n überfällig (keine Antwort innerhalb des Monats, den die DSGVO erlaubt)</numerusform>
        </translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Endpunkt: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>&amp;Open link</source>
        <translation>Link ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the request&apos;s mail or issue link again in your mail program or browser</source>
        <translation>Den Mail- oder Issue-Link des Antrags erneut in Ihrem Mailprogramm oder Browser öffnen</translation>
    </message>
    <message>
        <source>No program could open the link; use Copy message instead.</source>
        <translation>Kein Programm konnte den Link öffnen; verwenden Sie stattdessen „Nachricht kopieren“.</translation>
    </message>
    <message>
        <source>Mark as &amp;sent…</source>
        <translation>Als &amp;gesendet markieren …</translation>
    </message>
    <message>
        <source>You sent it yourself (from your mail program, the issue form, or a copy of the text): give the day, and the one-month answer period starts from it</source>
        <translation>Sie haben ihn selbst gesendet (mit Ihrem E-Mail-Programm, dem Issue-Formular oder einer Kopie des Textes): Geben Sie den Tag an, ab dem die einmonatige Antwortfrist läuft</translation>
    </message>
    <message numerus="yes">
        <source>%n not marked as sent yet (nothing counts down until then)</source>
        <translation>
            <numerusform>%n noch nicht als gesendet markiert (bis dahin läuft keine Frist)</numerusform>
            <numerusform>%n noch nicht als gesendet markiert (bis dahin läuft keine Frist)</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 request %2</source>
        <translation>den %1-Antrag %2</translation>
    </message>
    <message>
        <source>Request %1 is recorded as sent on %2; the answer is due by %3.</source>
        <translation>Antrag %1 ist als am %2 gesendet festgehalten; die Antwort ist bis %3 fällig.</translation>
    </message>
    <message>
        <source>Request %1: %2.</source>
        <translation>Antrag %1: %2.</translation>
    </message>
</context>
<context>
    <name>tlens::SentDateDialog</name>
    <message>
        <source>Mark as sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <source>On which day did you send %1? The vendor has one month from that day to answer.</source>
        <translation>An welchem Tag haben Sie %1 gesendet? Der Anbieter hat ab diesem Tag einen Monat Zeit für die Antwort.</translation>
    </message>
    <message>
        <source>The day the request was sent</source>
        <translation>Der Tag, an dem der Antrag gesendet wurde</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Gesendet am:</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>Als gesendet &amp;markieren</translation>
    </message>
    <message>
        <source>The answer is due by %1.</source>
        <translation>Die Antwort ist bis %1 fällig.</translation>
    </message>
</context>
<context>
    <name>tlens::TimelineChart</name>
    <message>
        <source>Reports sent per tool over time</source>
        <translation>Gesendete Berichte pro Werkzeug im Zeitverlauf</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
</context>
<context>
    <name>tlens::TimelineModel</name>
    <message>
        <source>wk %1</source>
        <translation>KW %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n report(s)</source>
        <translation>
            <numerusform>%1, %2: %n Bericht</numerusform>
            <numerusform>%1, %2: %n Berichte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tlens::ToolPage</name>
    <message>
        <source>Request &amp;deletion…</source>
        <translation>&amp;Löschung beantragen …</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Request deletion of this tool&apos;s data</source>
        <translation>Löschung der Daten dieses Werkzeugs beantragen</translation>
    </message>
    <message>
        <source>Tool details</source>
        <translation>Werkzeugdetails</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Warum</translation>
    </message>
    <message>
        <source>&amp;Sent</source>
        <translation>&amp;Gesendet</translation>
    </message>
    <message>
        <source>Would se&amp;nd</source>
        <translation>Würde s&amp;enden</translation>
    </message>
    <message>
        <source>&amp;Identifiers</source>
        <translation>&amp;Kennungen</translation>
    </message>
    <message>
        <source>Inputs the tool reads, highest precedence first</source>
        <translation>Eingaben, die das Werkzeug liest, höchster Vorrang zuerst</translation>
    </message>
    <message>
        <source>Open the folder of the selected input&apos;s file</source>
        <translation>Den Ordner der Datei der ausgewählten Eingabe öffnen</translation>
    </message>
    <message>
        <source>Open file location</source>
        <translation>Dateiort öffnen</translation>
    </message>
    <message>
        <source>The inputs the tool reads, highest precedence first. The bold one decided.</source>
        <translation>Die Eingaben, die das Werkzeug liest, höchster Vorrang zuerst. Die fett gedruckte hat entschieden.</translation>
    </message>
    <message>
        <source>Filter by session, version, contents, file…</source>
        <translation>Nach Sitzung, Version, Inhalt, Datei filtern …</translation>
    </message>
    <message>
        <source>Filter reports</source>
        <translation>Berichte filtern</translation>
    </message>
    <message>
        <source>Show reports with status</source>
        <translation>Berichte mit Status anzeigen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Request deletion of selected…</source>
        <translation>Löschung für Auswahl beantragen …</translation>
    </message>
    <message>
        <source>Request deletion of the selected reports&apos; sessions</source>
        <translation>Löschung der Sitzungen der ausgewählten Berichte beantragen</translation>
    </message>
    <message>
        <source>Stored reports</source>
        <translation>Gespeicherte Berichte</translation>
    </message>
    <message>
        <source>Selected report as a JSON tree</source>
        <translation>Ausgewählter Bericht als JSON-Baum</translation>
    </message>
    <message>
        <source>Selected report as raw text</source>
        <translation>Ausgewählter Bericht als Rohtext</translation>
    </message>
    <message>
        <source>Selected report</source>
        <translation>Ausgewählter Bericht</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>JSON-Baum</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>Rohtext</translation>
    </message>
    <message>
        <source>What would be sent next</source>
        <translation>Was als Nächstes gesendet würde</translation>
    </message>
    <message>
        <source>Still sent after opting out</source>
        <translation>Nach dem Abschalten weiterhin gesendet</translation>
    </message>
    <message>
        <source>Still sent after you opt out</source>
        <translation>Nach Ihrer Abschaltung weiterhin gesendet</translation>
    </message>
    <message>
        <source>Identifiers found for this tool</source>
        <translation>Für dieses Werkzeug gefundene Kennungen</translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation>Umschalten</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Alle a&amp;uswählen</translation>
    </message>
    <message>
        <source>Request deletion of &amp;checked…</source>
        <translation>Löschung der &amp;markierten beantragen …</translation>
    </message>
    <message>
        <source>Compose a deletion request for the checked identifiers</source>
        <translation>Einen Löschantrag für die markierten Kennungen verfassen</translation>
    </message>
    <message>
        <source>Files the tool reads</source>
        <translation>Dateien, die das Werkzeug liest</translation>
    </message>
    <message>
        <source>Content of the selected file, secrets masked</source>
        <translation>Inhalt der ausgewählten Datei, Geheimnisse maskiert</translation>
    </message>
    <message>
        <source>Every file this tool reads for this account, as it is now. Secret values are shown as ********.</source>
        <translation>Jede Datei, die dieses Werkzeug für dieses Konto liest, in ihrem aktuellen Zustand. Geheime Werte werden als ******** angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Sent (%1)</source>
        <translation>&amp;Gesendet (%1)</translation>
    </message>
    <message>
        <source>&amp;Identifiers (%1)</source>
        <translation>&amp;Kennungen (%1)</translation>
    </message>
    <message>
        <source>%1 names no address for deletion requests; a request is a new issue on its tracker quoting the %2. Check the identifiers to quote.</source>
        <translation>%1 nennt keine Adresse für Löschanträge; ein Antrag ist ein neues Issue in seinem Tracker, das die Kennung %2 zitiert. Markieren Sie die Kennungen, die zitiert werden sollen.</translation>
    </message>
    <message>
        <source>Deletion requests go to %1 and quote the %2. Check the identifiers to quote.</source>
        <translation>Löschanträge gehen an %1 und zitieren die Kennung %2. Markieren Sie die Kennungen, die zitiert werden sollen.</translation>
    </message>
    <message>
        <source>for %1 (%2)</source>
        <translation>für %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Turn off…</source>
        <translation>Ab&amp;schalten …</translation>
    </message>
    <message>
        <source>Turn off %1&apos;s telemetry</source>
        <translation>Die Telemetrie von %1 abschalten</translation>
    </message>
    <message>
        <source>&amp;Turn off (fix setting)…</source>
        <translation>Ab&amp;schalten (Einstellung korrigieren) …</translation>
    </message>
    <message>
        <source>Turn off %1&apos;s telemetry and fix the rejected setting</source>
        <translation>Die Telemetrie von %1 abschalten und die abgelehnte Einstellung korrigieren</translation>
    </message>
    <message>
        <source>&amp;Turn on again…</source>
        <translation>Wieder ein&amp;schalten …</translation>
    </message>
    <message>
        <source>Turn %1&apos;s telemetry on again</source>
        <translation>Die Telemetrie von %1 wieder einschalten</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Sends to</source>
        <translation>Sendet an</translation>
    </message>
    <message>
        <source>Installed copies</source>
        <translation>Installierte Kopien</translation>
    </message>
    <message>
        <source>Not installed for this account; its settings still apply the day it is installed.</source>
        <translation>Für dieses Konto nicht installiert; seine Einstellungen gelten trotzdem, sobald es installiert wird.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>unbekannte Version</translation>
    </message>
    <message>
        <source>Where the documentation is wrong</source>
        <translation>Wo die Dokumentation falsch ist</translation>
    </message>
    <message>
        <source>Built from this machine; %1 sends it to %2.</source>
        <translation>Aus diesem Rechner erstellt; %1 sendet es an %2.</translation>
    </message>
    <message>
        <source>Built from this machine; sent to %1 if %2 collects again.</source>
        <translation>Aus diesem Rechner erstellt; wird an %1 gesendet, falls %2 wieder erfasst.</translation>
    </message>
    <message>
        <source>Nothing is sent.</source>
        <translation>Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 (does not exist)</source>
        <translation>%1 (existiert nicht)</translation>
    </message>
    <message>
        <source>This tool reads no file for this account: only environment variables and defaults.</source>
        <translation>Dieses Werkzeug liest für dieses Konto keine Datei: nur Umgebungsvariablen und Standardwerte.</translation>
    </message>
    <message>
        <source>%1 does not exist. The tool uses its defaults for what this file would set.</source>
        <translation>%1 existiert nicht. Das Werkzeug verwendet seine Standardwerte für das, was diese Datei setzen würde.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a text file (%n byte(s)).</source>
        <translation>
            <numerusform>%1 ist keine Textdatei (%n Byte).</numerusform>
            <numerusform>%1 ist keine Textdatei (%n Bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is empty or could not be read.</source>
        <translation>%1 ist leer oder konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n Bericht</numerusform>
            <numerusform>%n Berichte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n report(s)</source>
        <translation>
            <numerusform>%1 von %n Bericht</numerusform>
            <numerusform>%1 von %n Berichten</numerusform>
        </translation>
    </message>
    <message>
        <source>What the switch would write to the selected file</source>
        <translation>Was der Schalter in die ausgewählte Datei schreiben würde</translation>
    </message>
    <message>
        <source>Working out what the switch would write…</source>
        <translation>Es wird ermittelt, was der Schalter schreiben würde …</translation>
    </message>
    <message>
        <source>Turning it on again</source>
        <translation>Das Wiedereinschalten</translation>
    </message>
    <message>
        <source>Turning it off</source>
        <translation>Das Abschalten</translation>
    </message>
    <message>
        <source>%1 would write this change (after you confirm it):</source>
        <translation>%1 würde diese Änderung schreiben (nach Ihrer Bestätigung):</translation>
    </message>
    <message>
        <source>%1 would not change this file.</source>
        <translation>%1 würde diese Datei nicht ändern.</translation>
    </message>
    <message>
        <source>Fi&amp;les</source>
        <translation>Da&amp;teien</translation>
    </message>
    <message>
        <source>&amp;Open file location</source>
        <translation>Datei&amp;ort öffnen</translation>
    </message>
    <message>
        <source>Filte&amp;r:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>No report selected.</source>
        <translation>Kein Bericht ausgewählt.</translation>
    </message>
    <message>
        <source>line %1, %2, keeps %3 collecting</source>
        <translation>Zeile %1, %2, lässt %3 weiter sammeln</translation>
    </message>
    <message>
        <source>%1 leaves this file as it is unless you ask for more: %2. The Turn-off dialog offers to comment that out (Undo puts it back).</source>
        <translation>%1 lässt diese Datei unverändert, wenn Sie nicht mehr verlangen: %2. Der Dialog zum Abschalten bietet an, das auszukommentieren (Rückgängig stellt es wieder her).</translation>
    </message>
    <message>
        <source>No stored report: %1 has not written any on this machine for this account.</source>
        <translation>Kein gespeicherter Bericht: %1 hat auf diesem Rechner für dieses Konto keinen geschrieben.</translation>
    </message>
    <message>
        <source>%1 What it would send next is under &quot;Would send&quot;.</source>
        <translation>%1 Was es als Nächstes senden würde, steht unter „Würde senden“.</translation>
    </message>
    <message>
        <source>No program to show folders is set up on this computer, so the folder could not be opened. It is %1.</source>
        <translation>Auf diesem Rechner ist kein Programm zum Anzeigen von Ordnern eingerichtet, daher konnte der Ordner nicht geöffnet werden. Er liegt unter %1.</translation>
    </message>
    <message>
        <source>%1 names no contact for deletion requests; the identifiers below are what such a request would quote.</source>
        <translation>%1 nennt keinen Kontakt für Löschanfragen; die Kennungen unten würde eine solche Anfrage nennen.</translation>
    </message>
    <message>
        <source>Its own status command</source>
        <translation>Sein eigener Statusbefehl</translation>
    </message>
    <message>
        <source>It agrees with what %1 then does.</source>
        <translation>Er stimmt mit dem überein, was %1 dann tut.</translation>
    </message>
    <message>
        <source>Do not rely on it:</source>
        <translation>Verlassen Sie sich nicht darauf:</translation>
    </message>
    <message>
        <source>(for every account of this machine)</source>
        <translation>(für jedes Konto dieses Rechners)</translation>
    </message>
</context>
<context>
    <name>tlens::ToolStatusModel</name>
    <message>
        <source>No warnings</source>
        <translation>Keine Warnungen</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided by %1 in %2</source>
        <translation>Entschieden durch %1 in %2</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
</context>
</TS>
