<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Application</name>
    <message>
        <source>Telemetry Lens: see what your developer tools collect and send, switch it off, and ask for the data to be deleted.</source>
        <translation>Telemetry Lens : voyez ce que vos outils de développement collectent et envoient, désactivez la collecte et demandez l&apos;effacement des données.</translation>
    </message>
    <message>
        <source>Open the embedded sample workstation (a writable copy; nothing of yours is read).</source>
        <translation>Ouvre le poste de travail d&apos;exemple intégré (une copie modifiable ; aucune de vos données n&apos;est lue).</translation>
    </message>
    <message>
        <source>Treat DIR as the filesystem root (a mounted image).</source>
        <translation>Traite RÉP comme la racine du système de fichiers (une image montée).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>RÉP</translation>
    </message>
    <message>
        <source>Examine the account whose home is PATH (inside the root).</source>
        <translation>Examine le compte dont le dossier personnel est CHEMIN (dans la racine).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>Examine every account with a home folder.</source>
        <translation>Examine tous les comptes ayant un dossier personnel.</translation>
    </message>
    <message>
        <source>Language (en, de, fr).</source>
        <translation>Langue (en, de, fr).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>Telemetry Lens</source>
        <translation>Telemetry Lens</translation>
    </message>
    <message>
        <source>Open VIEW once the first scan is shown: overview, requests, history, tool:USER:TOOL[:TAB], optout:USER:TOOL[:system], compose:USER:TOOL or disable-all.</source>
        <translation>Ouvrir VUE dès que la première analyse est affichée : overview, requests, history, tool:USER:TOOL[:TAB], optout:USER:TOOL[:system], compose:USER:TOOL ou disable-all.</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VUE</translation>
    </message>
    <message>
        <source>Save a picture of the window (with the dialog VIEW opens) to FILE once the first scan is shown, then quit.</source>
        <translation>Enregistrer une image de la fenêtre (avec la boîte de dialogue qu&apos;ouvre VUE) dans FICHIER dès que la première analyse est affichée, puis quitter.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Open the window WxH pixels large.</source>
        <translation>Ouvrir la fenêtre en LxH pixels.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>Use a plain light or dark palette instead of the desktop&apos;s.</source>
        <translation>Utiliser une palette claire ou sombre simple au lieu de celle du bureau.</translation>
    </message>
    <message>
        <source>Quit once the first scan is shown.</source>
        <translation>Quitter dès que la première analyse est affichée.</translation>
    </message>
    <message>
        <source>Print the time to the first painted window and to the first scan on screen, and the peak memory, on standard error.</source>
        <translation>Afficher sur la sortie d&apos;erreur le temps jusqu&apos;à la première fenêtre dessinée et jusqu&apos;à la première analyse à l&apos;écran, ainsi que la mémoire maximale.</translation>
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
        <translation>%1 collecte désormais pour %2, décidé par %3.</translation>
    </message>
    <message>
        <source>%1 stopped collecting for %2 (%3), decided by %4.</source>
        <translation>%1 ne collecte plus pour %2 (%3), décidé par %4.</translation>
    </message>
    <message>
        <source>%1 for %2 went from %3 to %4, decided by %5.</source>
        <translation>%1 pour %2 est passé de %3 à %4, décidé par %5.</translation>
    </message>
    <message>
        <source>%1 for %2 is still %3, but now decided by %4 instead of %5.</source>
        <translation>%1 pour %2 reste %3, mais est désormais décidé par %4 au lieu de %5.</translation>
    </message>
    <message>
        <source>%1 has a new identifier for %2: %3.</source>
        <translation>%1 a un nouvel identifiant pour %2 : %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 stored %n new report(s) for %2.</source>
        <translation>
            <numerusform>%1 a enregistré %n nouveau rapport pour %2.</numerusform>
            <numerusform>%1 a enregistré %n nouveaux rapports pour %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1 was not in the previous report.</source>
        <translation>Le compte %1 ne figurait pas dans le rapport précédent.</translation>
    </message>
    <message>
        <source>%1 is new for %2 and collects, decided by %3.</source>
        <translation>%1 est nouveau pour %2 et collecte, décidé par %3.</translation>
    </message>
    <message>
        <source>%1 is new for %2 (%3).</source>
        <translation>%1 est nouveau pour %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is gone for %2.</source>
        <translation>%1 a disparu pour %2.</translation>
    </message>
    <message>
        <source>Account %1 is gone.</source>
        <translation>Le compte %1 a disparu.</translation>
    </message>
    <message>
        <source>Nothing changed since %1.</source>
        <translation>Rien n’a changé depuis %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since %1:</source>
        <translation>
            <numerusform>%n changement depuis %1 :</numerusform>
            <numerusform>%n changements depuis %1 :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>non confirmé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tool(s) collecting</source>
        <translation>
            <numerusform>%1 sur %n outil en collecte</numerusform>
            <numerusform>%1 sur %n outils en collecte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n rapport</numerusform>
            <numerusform>%n rapports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identifier(s)</source>
        <translation>
            <numerusform>%n identifiant</numerusform>
            <numerusform>%n identifiants</numerusform>
        </translation>
    </message>
    <message>
        <source>shadowed: %1</source>
        <translation>masqué : %1</translation>
    </message>
    <message>
        <source>invalid: %1 (%2)</source>
        <translation>invalide : %1 (%2)</translation>
    </message>
    <message>
        <source>conditional: %1 (%2)</source>
        <translation>conditionnel : %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n stored report(s) in %1</source>
        <translation>
            <numerusform>%n rapport enregistré dans %1</numerusform>
            <numerusform>%n rapports enregistrés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent, %2 failed, %3 not confirmed</source>
        <translation>envoyés : %1, en échec : %2, non confirmés : %3</translation>
    </message>
    <message>
        <source>Machine-wide data:</source>
        <translation>Données communes à la machine :</translation>
    </message>
    <message>
        <source>Files that could not be used:</source>
        <translation>Fichiers inutilisables :</translation>
    </message>
    <message>
        <source>Telemetry audit</source>
        <translation>Audit de télémétrie</translation>
    </message>
    <message>
        <source>Machine: %1 · %2 · scanned root %3 · generated %4</source>
        <translation>Machine : %1 · %2 · racine analysée %3 · généré le %4</translation>
    </message>
    <message>
        <source>unknown host</source>
        <translation>hôte inconnu</translation>
    </message>
    <message>
        <source>unknown system</source>
        <translation>système inconnu</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Inputs in precedence order</source>
        <translation>Entrées par ordre de priorité</translation>
    </message>
    <message>
        <source>Stored reports on this machine</source>
        <translation>Rapports enregistrés sur cette machine</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Files that could not be used</source>
        <translation>Fichiers inutilisables</translation>
    </message>
</context>
<context>
    <name>AuditSnapshot</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>%1 is not JSON, so it is not an audit report. Make one with: telemetry-lens audit --all-users --format json --output FILE</source>
        <translation>%1 n’est pas du JSON, ce n’est donc pas un rapport d’audit. Créez-en un avec : telemetry-lens audit --all-users --format json --output FILE</translation>
    </message>
    <message>
        <source>%1 is not a Telemetry Lens audit report (it has no schema_version and users). Make one with: telemetry-lens audit --all-users --format json --output FILE</source>
        <translation>%1 n’est pas un rapport d’audit de Telemetry Lens (schema_version et users manquent). Créez-en un avec : telemetry-lens audit --all-users --format json --output FILE</translation>
    </message>
    <message>
        <source>%1 is an audit report of schema version %2; this version of Telemetry Lens reads version 1. Audit the machine again with this version.</source>
        <translation>%1 est un rapport d’audit de la version de schéma %2 ; cette version de Telemetry Lens lit la version 1. Auditez de nouveau la machine avec cette version.</translation>
    </message>
    <message>
        <source>%1 is not a Telemetry Lens audit report: an account has no list of tools.</source>
        <translation>%1 n’est pas un rapport d’audit de Telemetry Lens : un compte n’a pas de liste d’outils.</translation>
    </message>
    <message>
        <source>%1 is not a Telemetry Lens audit report: a tool of account %2 has no id or no known state.</source>
        <translation>%1 n’est pas un rapport d’audit de Telemetry Lens : un outil du compte %2 n’a pas d’identifiant ou pas d’état connu.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; it is not an audit report of one machine.</source>
        <translation>%1 dépasse %2 Mo ; ce n’est pas le rapport d’audit d’une seule machine.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>a tool entry has no id or name</source>
        <translation>une entrée d&apos;outil n&apos;a ni identifiant ni nom</translation>
    </message>
    <message>
        <source>the catalog lists no tools</source>
        <translation>le catalogue ne contient aucun outil</translation>
    </message>
    <message>
        <source>Ray collects by default. An interactive `ray start` asks once and saves the answer; a non-interactive start collects without asking.</source>
        <translation>Ray collecte par défaut. Un `ray start` interactif pose la question une fois et enregistre la réponse ; un démarrage non interactif collecte sans demander.</translation>
    </message>
    <message>
        <source>A local cluster started by ray.init() never reports; this is not a setting.</source>
        <translation>Un cluster local démarré par ray.init() n&apos;envoie jamais de rapport ; ce n&apos;est pas un réglage.</translation>
    </message>
    <message>
        <source>Flag of ray start --head, ray up, ray submit --start and ray exec --start: one run only, never saved.</source>
        <translation>Option de ray start --head, ray up, ray submit --start et ray exec --start : valable pour une seule exécution, jamais enregistrée.</translation>
    </message>
    <message>
        <source>Only hides the first-run prompt; collection is not disabled.</source>
        <translation>Masque seulement la question du premier lancement ; la collecte n&apos;est pas désactivée.</translation>
    </message>
    <message>
        <source>Sends the reports to another address.</source>
        <translation>Envoie les rapports à une autre adresse.</translation>
    </message>
    <message>
        <source>Adds k=v;k2=v2 tags to every report.</source>
        <translation>Ajoute les étiquettes k=v;k2=v2 à chaque rapport.</translation>
    </message>
    <message>
        <source>Overrides the report&apos;s source field.</source>
        <translation>Remplace le champ source du rapport.</translation>
    </message>
    <message>
        <source>Moves the session folders (and their reports).</source>
        <translation>Déplace les dossiers de session (et leurs rapports).</translation>
    </message>
    <message>
        <source>Links every report of one cluster; in new releases it is the cluster id, not a random value.</source>
        <translation>Relie tous les rapports d&apos;un même cluster ; dans les versions récentes, c&apos;est l&apos;identifiant du cluster, pas une valeur aléatoire.</translation>
    </message>
    <message>
        <source>about 60 s after a cluster starts, then every hour</source>
        <translation>environ 60 s après le démarrage d&apos;un cluster, puis toutes les heures</translation>
    </message>
    <message>
        <source>Each cluster not started by ray.init() still sends one report with only schema_version, source and collect_timestamp_ms set and every other field null.</source>
        <translation>Chaque cluster qui n&apos;a pas été démarré par ray.init() envoie encore un rapport où seuls schema_version, source et collect_timestamp_ms sont renseignés, tous les autres champs valant null.</translation>
    </message>
    <message>
        <source>The documentation says `ray disable-usage-stats` writes {&quot;usage_stats&quot;: true}; it writes false.</source>
        <translation>La documentation indique que `ray disable-usage-stats` écrit {&quot;usage_stats&quot;: true} ; la commande écrit false.</translation>
    </message>
    <message>
        <source>The documentation calls session_id a random UUID; new releases use the cluster id.</source>
        <translation>La documentation décrit session_id comme un UUID aléatoire ; les versions récentes utilisent l&apos;identifiant du cluster.</translation>
    </message>
    <message>
        <source>The documentation implies nothing is sent after opting out; one minimal report per cluster still is.</source>
        <translation>La documentation laisse entendre que rien n&apos;est envoyé après la désactivation ; un rapport minimal par cluster l&apos;est pourtant encore.</translation>
    </message>
    <message>
        <source>Skyplane collects by default and reports this as &quot;enabled explicitly&quot;.</source>
        <translation>Skyplane collecte par défaut et présente cet état comme &quot;enabled explicitly&quot;.</translation>
    </message>
    <message>
        <source>Skyplane loads this file when it is imported: a value it cannot parse breaks every command, whatever the environment says.</source>
        <translation>Skyplane charge ce fichier à son importation : une valeur qu&apos;il ne sait pas analyser fait échouer toutes les commandes, quoi que dise l&apos;environnement.</translation>
    </message>
    <message>
        <source>Twenty zeros followed by this machine&apos;s network (MAC) address: permanent, and identifies the hardware.</source>
        <translation>Vingt zéros suivis de l&apos;adresse réseau (MAC) de cette machine : permanent, et identifie le matériel.</translation>
    </message>
    <message>
        <source>The date and time of one transfer.</source>
        <translation>La date et l&apos;heure d&apos;un transfert.</translation>
    </message>
    <message>
        <source>after every transfer or error; plain HTTP to a raw IP address</source>
        <translation>après chaque transfert ou erreur ; en HTTP non chiffré vers une adresse IP brute</translation>
    </message>
    <message>
        <source>Nothing, once the opt-out is read: Skyplane checks it before every report.</source>
        <translation>Rien, une fois la désactivation lue : Skyplane la vérifie avant chaque rapport.</translation>
    </message>
    <message>
        <source>The documentation says the opt-out writes {&quot;usage_stats&quot;: false} to ~/.skyplane/config.json; Skyplane ignores that file, and JSON in ~/.skyplane/config makes every skyplane command crash. The setting is the INI key [flags] usage_stats.</source>
        <translation>La documentation indique que la désactivation écrit {&quot;usage_stats&quot;: false} dans ~/.skyplane/config.json ; Skyplane ignore ce fichier, et du JSON dans ~/.skyplane/config fait planter toutes les commandes skyplane. Le réglage est la clé INI [flags] usage_stats.</translation>
    </message>
    <message>
        <source>The documentation calls the client id random and short-lived; it is the machine&apos;s MAC address and permanent.</source>
        <translation>La documentation décrit l&apos;identifiant client comme aléatoire et temporaire ; c&apos;est l&apos;adresse MAC de la machine, et il est permanent.</translation>
    </message>
    <message>
        <source>MLflow collects by default; only environment variables switch it off.</source>
        <translation>MLflow collecte par défaut ; seules des variables d&apos;environnement désactivent la collecte.</translation>
    </message>
    <message>
        <source>Moves telemetry.json.</source>
        <translation>Déplace telemetry.json.</translation>
    </message>
    <message>
        <source>A random id kept in telemetry.json that links every event from this account since telemetry first ran.</source>
        <translation>Un identifiant aléatoire conservé dans telemetry.json, qui relie tous les événements de ce compte depuis la première exécution de la télémétrie.</translation>
    </message>
    <message>
        <source>batches of up to 500 events every 10 s; the address comes from https://config.mlflow-telemetry.io</source>
        <translation>lots de 500 événements au plus toutes les 10 s ; l&apos;adresse provient de https://config.mlflow-telemetry.io</translation>
    </message>
    <message>
        <source>Nothing from processes that see the variable. Programs started before the change, or from an environment that does not read your shell files (cron, systemd services, IDEs started otherwise), still send.</source>
        <translation>Rien de la part des processus qui voient la variable. Les programmes lancés avant la modification, ou depuis un environnement qui ne lit pas vos fichiers de configuration du shell (cron, services systemd, IDE lancés autrement), continuent d&apos;envoyer.</translation>
    </message>
    <message>
        <source>MLflow does not honour DO_NOT_TRACK=1, the usual convention: only DO_NOT_TRACK=true.</source>
        <translation>MLflow ne respecte pas DO_NOT_TRACK=1, la convention habituelle : seulement DO_NOT_TRACK=true.</translation>
    </message>
    <message>
        <source>There is no configuration file opt-out: deleting telemetry.json only resets the installation id.</source>
        <translation>Aucun fichier de configuration ne permet de désactiver : supprimer telemetry.json ne fait que réinitialiser l&apos;identifiant d&apos;installation.</translation>
    </message>
    <message>
        <source>Rasa collects by default; its next command-line run writes ~/.config/rasa/global.yml with enabled: true and a new id.</source>
        <translation>Rasa collecte par défaut ; sa prochaine exécution en ligne de commande écrit ~/.config/rasa/global.yml avec enabled: true et un nouvel identifiant.</translation>
    </message>
    <message>
        <source>true makes Rasa print the events instead of sending them.</source>
        <translation>true fait afficher les événements par Rasa au lieu de les envoyer.</translation>
    </message>
    <message>
        <source>A random id in global.yml sent with every event (as userId and metrics_id); links all your Rasa projects.</source>
        <translation>Un identifiant aléatoire dans global.yml, envoyé avec chaque événement (comme userId et metrics_id) ; relie tous vos projets Rasa.</translation>
    </message>
    <message>
        <source>one request per event (training, running, testing, ...)</source>
        <translation>une requête par événement (entraînement, exécution, test…)</translation>
    </message>
    <message>
        <source>Nothing when the file is written directly. `rasa telemetry disable` itself sends one &quot;Telemetry Disabled&quot; event before it writes the file.</source>
        <translation>Rien lorsque le fichier est écrit directement. `rasa telemetry disable` envoie lui-même un événement &quot;Telemetry Disabled&quot; avant d&apos;écrire le fichier.</translation>
    </message>
    <message>
        <source>The telemetry documentation names no deletion channel; Rasa&apos;s data processing terms name the data protection officer, dpo@rasa.com.</source>
        <translation>La documentation de la télémétrie n&apos;indique aucun moyen de demander l&apos;effacement ; les conditions de traitement des données de Rasa désignent le délégué à la protection des données, dpo@rasa.com.</translation>
    </message>
    <message>
        <source>A quoted &quot;false&quot; (or no, off) in global.yml is a string, which Rasa treats as true: telemetry stays on.</source>
        <translation>Un &quot;false&quot; entre guillemets (ou no, off) dans global.yml est une chaîne, que Rasa traite comme true : la télémétrie reste active.</translation>
    </message>
    <message>
        <source>MLflow keeps no copy of what it sends.</source>
        <translation>MLflow ne garde aucune copie de ce qu&apos;il envoie.</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 ne peut pas être lu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>grammar %1 says neither a rule nor what other values do</source>
        <translation>la grammaire %1 ne donne ni règle ni l’effet des autres valeurs</translation>
    </message>
    <message>
        <source>tool %1 names the unknown grammar %2</source>
        <translation>l’outil %1 nomme la grammaire inconnue %2</translation>
    </message>
    <message>
        <source>the tool %1 is listed twice</source>
        <translation>l’outil %1 figure deux fois</translation>
    </message>
    <message>
        <source>BentoML sends usage events by default, from its commands and from every model server.</source>
        <translation>BentoML envoie des événements d’utilisation par défaut, depuis ses commandes et depuis chaque serveur de modèles.</translation>
    </message>
    <message>
        <source>Global flag of the bentoml command: one run only.</source>
        <translation>Option globale de la commande bentoml : un seul lancement.</translation>
    </message>
    <message>
        <source>Moves client_id and .yatai.yaml.</source>
        <translation>Déplace client_id et .yatai.yaml.</translation>
    </message>
    <message>
        <source>true logs the events instead of sending them; the state stays as decided.</source>
        <translation>true journalise les événements au lieu de les envoyer ; l’état reste tel que décidé.</translation>
    </message>
    <message>
        <source>A random id in $BENTOML_HOME/client_id sent with every event.</source>
        <translation>Un identifiant aléatoire dans $BENTOML_HOME/client_id, envoyé avec chaque événement.</translation>
    </message>
    <message>
        <source>A uuid1: it embeds this machine&apos;s network (MAC) address and the time, in every event.</source>
        <translation>Un uuid1 : il contient l’adresse réseau (MAC) de cette machine et l’heure, dans chaque événement.</translation>
    </message>
    <message>
        <source>Your BentoCloud login e-mail, sent with every event while you are logged in.</source>
        <translation>Votre e-mail de connexion BentoCloud, envoyé avec chaque événement tant que vous êtes connecté.</translation>
    </message>
    <message>
        <source>after each command, when a server starts, then every 12 hours while it runs</source>
        <translation>après chaque commande, au démarrage d’un serveur, puis toutes les 12 heures tant qu’il tourne</translation>
    </message>
    <message>
        <source>Nothing from processes that see BENTOML_DO_NOT_TRACK=true; programs started before the change keep sending.</source>
        <translation>Rien depuis les processus qui voient BENTOML_DO_NOT_TRACK=true ; les programmes lancés avant le changement continuent d’envoyer.</translation>
    </message>
    <message>
        <source>Only BENTOML_DO_NOT_TRACK=true (any case) stops programs that use BentoML as a library; 1 and yes work only for the bentoml command.</source>
        <translation>Seul BENTOML_DO_NOT_TRACK=true (quelle que soit la casse) arrête les programmes qui utilisent BentoML comme bibliothèque ; 1 et yes ne valent que pour la commande bentoml.</translation>
    </message>
    <message>
        <source>BentoCloud logins (API tokens: secrets, never shown); the current one&apos;s e-mail is sent with every event.</source>
        <translation>Connexions BentoCloud (jetons d’API : des secrets, jamais affichés) ; l’e-mail de la connexion courante est envoyé avec chaque événement.</translation>
    </message>
    <message>
        <source>The bentoml command reads the same variable with click&apos;s spellings (1, yes, on also switch it off), unverified.</source>
        <translation>La commande bentoml lit la même variable avec les graphies de click (1, yes, on désactivent aussi), non vérifié.</translation>
    </message>
    <message>
        <source>Chroma 1.5.2 and older send product telemetry by default; from 1.5.3 on there is none.</source>
        <translation>Chroma 1.5.2 et antérieures envoient de la télémétrie produit par défaut ; à partir de 1.5.3 il n’y en a plus.</translation>
    </message>
    <message>
        <source>A value passed in code beats the variable and .env (1.5.2 and older).</source>
        <translation>Une valeur passée dans le code l’emporte sur la variable et sur .env (1.5.2 et antérieures).</translation>
    </message>
    <message>
        <source>Chroma reads a .env file in the folder it starts in; this is the one of your home folder.</source>
        <translation>Chroma lit un fichier .env dans le dossier où il démarre ; celui-ci est celui de votre dossier personnel.</translation>
    </message>
    <message>
        <source>A random id old Chroma releases kept in ~/.cache/chroma/telemetry_user_id and sent with every event.</source>
        <translation>Un identifiant aléatoire que les anciennes versions de Chroma conservaient dans ~/.cache/chroma/telemetry_user_id et envoyaient avec chaque événement.</translation>
    </message>
    <message>
        <source>1.5.2 and older: on client start and collection operations (PostHog&apos;s default host, unverified)</source>
        <translation>1.5.2 et antérieures : au démarrage du client et lors des opérations sur les collections (l’hôte par défaut de PostHog, non vérifié)</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Rien.</translation>
    </message>
    <message>
        <source>Left by a release older than 1.5.3; usable in a deletion request.</source>
        <translation>Laissé par une version antérieure à 1.5.3 ; utilisable dans une demande de suppression.</translation>
    </message>
    <message>
        <source>Old releases do not collect while pytest is loaded.</source>
        <translation>Les anciennes versions ne collectent pas quand pytest est chargé.</translation>
    </message>
    <message>
        <source>Harmless for 1.5.3 and later, which collect nothing.</source>
        <translation>Sans effet pour 1.5.3 et ultérieures, qui ne collectent rien.</translation>
    </message>
    <message>
        <source>Chroma 1.5.3 made product telemetry a no-op; ANONYMIZED_TELEMETRY still exists but has no effect.</source>
        <translation>Chroma 1.5.3 a rendu la télémétrie produit inopérante ; ANONYMIZED_TELEMETRY existe encore mais n’a aucun effet.</translation>
    </message>
    <message>
        <source>DVC sends an analytics report after every command by default; inside a repository its .dvc/config and .dvc/config.local can decide otherwise.</source>
        <translation>DVC envoie par défaut un rapport d’analyse après chaque commande ; dans un dépôt, ses .dvc/config et .dvc/config.local peuvent en décider autrement.</translation>
    </message>
    <message>
        <source>A test hook of DVC.</source>
        <translation>Un interrupteur de test de DVC.</translation>
    </message>
    <message>
        <source>DVC validates this file for every command: a value other than true or false breaks them all.</source>
        <translation>DVC valide ce fichier à chaque commande : une valeur autre que true ou false les fait toutes échouer.</translation>
    </message>
    <message>
        <source>When set, DVC does not start the daemon that sends the report: a side effect, not an opt-out.</source>
        <translation>Si elle est définie, DVC ne lance pas le processus d’arrière-plan qui envoie le rapport : un effet de bord, pas une désactivation.</translation>
    </message>
    <message>
        <source>Has no effect on DVC, which does not use that part of iterative-telemetry.</source>
        <translation>Sans effet sur DVC, qui n’utilise pas cette partie d’iterative-telemetry.</translation>
    </message>
    <message>
        <source>A random id kept in ~/.config/iterative/telemetry and sent with every report; in CI it is derived from the CI user&apos;s name, login and id (or the last committer&apos;s e-mail).</source>
        <translation>Un identifiant aléatoire conservé dans ~/.config/iterative/telemetry et envoyé avec chaque rapport ; en CI il est dérivé du nom, de l’identifiant de connexion et du numéro de l’utilisateur CI (ou de l’e-mail du dernier auteur de commit).</translation>
    </message>
    <message>
        <source>after every dvc command, from a detached background process</source>
        <translation>après chaque commande dvc, depuis un processus d’arrière-plan détaché</translation>
    </message>
    <message>
        <source>Nothing from commands that see the opt-out. Storing do-not-track as the id only blanks user_id: DVC still sends the report.</source>
        <translation>Rien depuis les commandes qui voient la désactivation. Enregistrer do-not-track comme identifiant ne fait que vider user_id : DVC envoie quand même le rapport.</translation>
    </message>
    <message>
        <source>ITERATIVE_DO_NOT_TRACK is documented by iterative-telemetry, but DVC does not honour it.</source>
        <translation>ITERATIVE_DO_NOT_TRACK est documenté par iterative-telemetry, mais DVC ne le respecte pas.</translation>
    </message>
    <message>
        <source>Storing do-not-track as the user id does not stop DVC&apos;s reports; they are sent with user_id null.</source>
        <translation>Enregistrer do-not-track comme identifiant n’arrête pas les rapports de DVC ; ils sont envoyés avec user_id null.</translation>
    </message>
    <message>
        <source>The id of older DVC releases; read once and moved to ~/.config/iterative/telemetry.</source>
        <translation>L’identifiant des anciennes versions de DVC ; lu une fois puis déplacé vers ~/.config/iterative/telemetry.</translation>
    </message>
    <message>
        <source>Inside a repository, .dvc/config and then .dvc/config.local beat the global file: analytics = true there shadows a global false.</source>
        <translation>Dans un dépôt, .dvc/config puis .dvc/config.local l’emportent sur le fichier global : analytics = true y masque un false global.</translation>
    </message>
    <message>
        <source>Inside a DVC repository its .dvc/config and .dvc/config.local decide, and they beat your global file.</source>
        <translation>Dans un dépôt DVC, ses .dvc/config et .dvc/config.local décident, et l’emportent sur votre fichier global.</translation>
    </message>
    <message>
        <source>CI is not an opt-out; there the id is derived from the CI user&apos;s identity.</source>
        <translation>La CI n’est pas une désactivation ; l’identifiant y est dérivé de l’identité de l’utilisateur CI.</translation>
    </message>
    <message>
        <source>A repository&apos;s .dvc/config or .dvc/config.local with analytics = true does not matter once DVC_NO_ANALYTICS is set.</source>
        <translation>Le .dvc/config ou .dvc/config.local d’un dépôt avec analytics = true ne compte plus une fois DVC_NO_ANALYTICS défini.</translation>
    </message>
    <message>
        <source>Evidently&apos;s UI service (evidently ui) sends an event per API call by default.</source>
        <translation>Le service d’interface d’Evidently (evidently ui) envoie par défaut un événement par appel d’API.</translation>
    </message>
    <message>
        <source>Dead code in Evidently 0.7: setting it has no effect.</source>
        <translation>Code mort dans Evidently 0.7 : la définir n’a aucun effet.</translation>
    </message>
    <message>
        <source>A random id in ~/.config/evidentlyai/telemetry sent with every event; in CI it is derived from the CI user&apos;s identity.</source>
        <translation>Un identifiant aléatoire dans ~/.config/evidentlyai/telemetry, envoyé avec chaque événement ; en CI il est dérivé de l’identité de l’utilisateur CI.</translation>
    </message>
    <message>
        <source>per UI API call (list_projects, list_reports, ...); plain HTTP to a raw IP address, from a python -c process that shows the payload in the process list</source>
        <translation>à chaque appel d’API de l’interface (list_projects, list_reports, ...) ; en HTTP non chiffré vers une adresse IP brute, depuis un processus python -c qui montre les données dans la liste des processus</translation>
    </message>
    <message>
        <source>Nothing from UI services that see DO_NOT_TRACK.</source>
        <translation>Rien depuis les services d’interface qui voient DO_NOT_TRACK.</translation>
    </message>
    <message>
        <source>EVIDENTLY_DISABLE_TELEMETRY is still defined but read nowhere in 0.7; only DO_NOT_TRACK (any value, even empty) works.</source>
        <translation>EVIDENTLY_DISABLE_TELEMETRY est encore défini mais lu nulle part en 0.7 ; seul DO_NOT_TRACK (toute valeur, même vide) fonctionne.</translation>
    </message>
    <message>
        <source>A user_id that is not a string makes every UI event fail; do-not-track as the value switches it off.</source>
        <translation>Un user_id qui n’est pas une chaîne fait échouer chaque événement de l’interface ; la valeur do-not-track désactive.</translation>
    </message>
    <message>
        <source>Only the UI service (evidently ui) sends; the telemetry setting of its configuration can switch it off too (how it is loaded is unverified).</source>
        <translation>Seul le service d’interface (evidently ui) envoie ; le réglage de télémétrie de sa configuration peut aussi le désactiver (son chargement n’est pas vérifié).</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK=1 switches off every tool that honours it, not only Evidently.</source>
        <translation>DO_NOT_TRACK=1 désactive tous les outils qui le respectent, pas seulement Evidently.</translation>
    </message>
    <message>
        <source>Feast 0.35 and older send usage data by default; 0.36 and 0.37 only with FEAST_USAGE=True and an endpoint; 0.38 and later have none.</source>
        <translation>Feast 0.35 et antérieures envoient des données d’utilisation par défaut ; 0.36 et 0.37 seulement avec FEAST_USAGE=True et un point d’accès ; 0.38 et ultérieures n’en ont plus.</translation>
    </message>
    <message>
        <source>Replaces the id in ~/.feast/usage (0.35 and older).</source>
        <translation>Remplace l’identifiant de ~/.feast/usage (0.35 et antérieures).</translation>
    </message>
    <message>
        <source>0.36 and 0.37 send only when this is set too.</source>
        <translation>0.36 et 0.37 n’envoient que si celle-ci est aussi définie.</translation>
    </message>
    <message>
        <source>A random id old Feast releases kept in ~/.feast/usage; the file&apos;s date is when Feast was first used.</source>
        <translation>Un identifiant aléatoire que les anciennes versions de Feast conservaient dans ~/.feast/usage ; la date du fichier est celle de la première utilisation de Feast.</translation>
    </message>
    <message>
        <source>0.35 and older: on Feast commands and SDK calls</source>
        <translation>0.35 et antérieures : lors des commandes Feast et des appels au SDK</translation>
    </message>
    <message>
        <source>Left by a release older than 0.38; usable in a deletion request.</source>
        <translation>Laissé par une version antérieure à 0.38 ; utilisable dans une demande de suppression.</translation>
    </message>
    <message>
        <source>Harmless for 0.38 and later, which collect nothing.</source>
        <translation>Sans effet pour 0.38 et ultérieures, qui ne collectent rien.</translation>
    </message>
    <message>
        <source>Feast removed usage tracking in 0.38.0.</source>
        <translation>Feast a supprimé le suivi d’utilisation en 0.38.0.</translation>
    </message>
    <message>
        <source>Gradio sends analytics by default: every gr.Blocks, gr.Interface or gr.ChatInterface reports itself and checks for a new version.</source>
        <translation>Gradio envoie des statistiques par défaut : chaque gr.Blocks, gr.Interface ou gr.ChatInterface se signale et vérifie s’il existe une nouvelle version.</translation>
    </message>
    <message>
        <source>The analytics_enabled argument of gr.Blocks, gr.Interface and gr.ChatInterface, when not None, beats the environment variable.</source>
        <translation>L’argument analytics_enabled de gr.Blocks, gr.Interface et gr.ChatInterface, s’il n’est pas None, l’emporte sur la variable d’environnement.</translation>
    </message>
    <message>
        <source>Blocks Gradio&apos;s analytics requests, but not its version check on api.gradio.app.</source>
        <translation>Bloque les requêtes de statistiques de Gradio, mais pas sa vérification de version auprès d’api.gradio.app.</translation>
    </message>
    <message>
        <source>on every Blocks construction and launch, with the event data in the user-agent</source>
        <translation>à chaque construction et lancement d’un Blocks, avec les données de l’événement dans le user-agent</translation>
    </message>
    <message>
        <source>version check on every Blocks construction while analytics are on</source>
        <translation>vérification de version à chaque construction d’un Blocks tant que les statistiques sont actives</translation>
    </message>
    <message>
        <source>gradio_client.Client ignores GRADIO_ANALYTICS_ENABLED: it keeps reporting the Space or URL it calls unless huggingface_hub&apos;s telemetry is off too (HF_HUB_DISABLE_TELEMETRY=1).</source>
        <translation>gradio_client.Client ignore GRADIO_ANALYTICS_ENABLED : il continue de signaler le Space ou l’URL qu’il appelle, sauf si la télémétrie de huggingface_hub est aussi désactivée (HF_HUB_DISABLE_TELEMETRY=1).</translation>
    </message>
    <message>
        <source>gradio_client&apos;s docstring says analytics_enabled=None follows GRADIO_ANALYTICS_ENABLED; the parameter defaults to True, so the variable has no effect on gradio_client.Client.</source>
        <translation>La docstring de gradio_client dit que analytics_enabled=None suit GRADIO_ANALYTICS_ENABLED ; le paramètre vaut True par défaut, donc la variable n’a aucun effet sur gradio_client.Client.</translation>
    </message>
    <message>
        <source>Hugging Face&apos;s documentation says DO_NOT_TRACK covers gradio; Gradio&apos;s own analytics ignore it.</source>
        <translation>La documentation de Hugging Face dit que DO_NOT_TRACK couvre gradio ; les statistiques propres de Gradio l’ignorent.</translation>
    </message>
    <message>
        <source>gradio_client.Client reports through huggingface_hub and follows its switches (HF_HUB_DISABLE_TELEMETRY, DO_NOT_TRACK, HF_HUB_OFFLINE), not GRADIO_ANALYTICS_ENABLED.</source>
        <translation>gradio_client.Client signale via huggingface_hub et suit ses interrupteurs (HF_HUB_DISABLE_TELEMETRY, DO_NOT_TRACK, HF_HUB_OFFLINE), pas GRADIO_ANALYTICS_ENABLED.</translation>
    </message>
    <message>
        <source>GRADIO_ANALYTICS_ENABLED=False switches off gr.Blocks; HF_HUB_DISABLE_TELEMETRY=1 is needed for gradio_client as well.</source>
        <translation>GRADIO_ANALYTICS_ENABLED=False désactive gr.Blocks ; HF_HUB_DISABLE_TELEMETRY=1 est aussi nécessaire pour gradio_client.</translation>
    </message>
    <message>
        <source>Great Expectations sends analytics by default, when a data context starts and on other actions; a project&apos;s great_expectations.yml can decide otherwise inside that project.</source>
        <translation>Great Expectations envoie des statistiques par défaut, au démarrage d’un contexte de données et lors d’autres actions ; le great_expectations.yml d’un projet peut en décider autrement dans ce projet.</translation>
    </message>
    <message>
        <source>Read when great_expectations is imported: a value pydantic rejects (an empty one too) makes the import fail.</source>
        <translation>Lue à l’import de great_expectations : une valeur que pydantic refuse (même vide) fait échouer l’import.</translation>
    </message>
    <message>
        <source>Read only by Great Expectations 0.x; ignored by 1.x.</source>
        <translation>Lue seulement par Great Expectations 0.x ; ignorée par 1.x.</translation>
    </message>
    <message>
        <source>Sends the analytics to another PostHog host.</source>
        <translation>Envoie les statistiques à un autre hôte PostHog.</translation>
    </message>
    <message>
        <source>A random id in ~/.great_expectations/great_expectations.conf, created at every data context start even while analytics are off, and sent with every event.</source>
        <translation>Un identifiant aléatoire dans ~/.great_expectations/great_expectations.conf, créé à chaque démarrage d’un contexte de données même statistiques désactivées, et envoyé avec chaque événement.</translation>
    </message>
    <message>
        <source>The id of a project&apos;s data context, sent with every event from that project.</source>
        <translation>L’identifiant du contexte de données d’un projet, envoyé avec chaque événement de ce projet.</translation>
    </message>
    <message>
        <source>when a data context starts and on other actions</source>
        <translation>au démarrage d’un contexte de données et lors d’autres actions</translation>
    </message>
    <message>
        <source>Nothing is sent, but the oss_id file is still written at every data context start. Inside a project whose great_expectations.yml says analytics_enabled: true, analytics stay on: that key beats the variable.</source>
        <translation>Rien n’est envoyé, mais le fichier oss_id est toujours écrit à chaque démarrage d’un contexte de données. Dans un projet dont le great_expectations.yml indique analytics_enabled: true, les statistiques restent actives : cette clé l’emporte sur la variable.</translation>
    </message>
    <message>
        <source>The 1.x documentation still tells users to set GE_USAGE_STATS=FALSE or [anonymous_usage_statistics] enabled=FALSE; 1.x reads neither.</source>
        <translation>La documentation de 1.x dit encore de définir GE_USAGE_STATS=FALSE ou [anonymous_usage_statistics] enabled=FALSE ; 1.x ne lit ni l’un ni l’autre.</translation>
    </message>
    <message>
        <source>The 1.x documentation says GX_ANALYTICS_ENABLED also works for file contexts; it does not say that analytics_enabled in great_expectations.yml wins over it.</source>
        <translation>La documentation de 1.x dit que GX_ANALYTICS_ENABLED fonctionne aussi pour les contextes fichier ; elle ne dit pas que analytics_enabled dans great_expectations.yml l’emporte.</translation>
    </message>
    <message>
        <source>Rewritten without its comments by every data context start; an oss_id that is not a UUID makes Great Expectations fail.</source>
        <translation>Réécrit sans ses commentaires à chaque démarrage d’un contexte de données ; un oss_id qui n’est pas un UUID fait échouer Great Expectations.</translation>
    </message>
    <message>
        <source>analytics_enabled in a project&apos;s gx/great_expectations.yml beats the variable inside that project.</source>
        <translation>analytics_enabled dans le gx/great_expectations.yml d’un projet l’emporte sur la variable dans ce projet.</translation>
    </message>
    <message>
        <source>Inside a project, analytics_enabled in gx/great_expectations.yml decides first.</source>
        <translation>Dans un projet, analytics_enabled de gx/great_expectations.yml décide en premier.</translation>
    </message>
    <message>
        <source>A project&apos;s great_expectations.yml with analytics_enabled: true still switches analytics on inside that project.</source>
        <translation>Le great_expectations.yml d’un projet avec analytics_enabled: true réactive les statistiques dans ce projet.</translation>
    </message>
    <message>
        <source>Haystack sends telemetry by default; it reads its variable once, at import.</source>
        <translation>Haystack envoie de la télémétrie par défaut ; il lit sa variable une seule fois, à l’import.</translation>
    </message>
    <message>
        <source>A random id in ~/.haystack/config.yaml sent with every event; it links all your pipelines.</source>
        <translation>Un identifiant aléatoire dans ~/.haystack/config.yaml, envoyé avec chaque événement ; il relie tous vos pipelines.</translation>
    </message>
    <message>
        <source>at most once a minute per running pipeline, and for tutorials</source>
        <translation>au plus une fois par minute par pipeline en cours, et pour les tutoriels</translation>
    </message>
    <message>
        <source>Nothing: with telemetry off Haystack does not create its client.</source>
        <translation>Rien : télémétrie désactivée, Haystack ne crée pas son client.</translation>
    </message>
    <message>
        <source>Written on the first import while telemetry is on.</source>
        <translation>Écrit au premier import tant que la télémétrie est active.</translation>
    </message>
    <message>
        <source>The variable is read once, at import: programs already running keep sending.</source>
        <translation>La variable est lue une seule fois, à l’import : les programmes déjà lancés continuent d’envoyer.</translation>
    </message>
    <message>
        <source>huggingface_hub sends telemetry by default when transformers, datasets, diffusers or gradio_client ask it to; it reads its variables once, at import.</source>
        <translation>huggingface_hub envoie de la télémétrie par défaut quand transformers, datasets, diffusers ou gradio_client le demandent ; il lit ses variables une seule fois, à l’import.</translation>
    </message>
    <message>
        <source>Offline mode also blocks every other Hub request (downloads, API calls).</source>
        <translation>Le mode hors ligne bloque aussi toute autre requête au Hub (téléchargements, appels d’API).</translation>
    </message>
    <message>
        <source>An undocumented legacy alias, still honoured.</source>
        <translation>Un ancien alias non documenté, toujours pris en compte.</translation>
    </message>
    <message>
        <source>Moves the Hub&apos;s cache, token and stamp files.</source>
        <translation>Déplace le cache, le jeton et les fichiers témoins du Hub.</translation>
    </message>
    <message>
        <source>Sends telemetry and every Hub request to another server.</source>
        <translation>Envoie la télémétrie et toute requête au Hub vers un autre serveur.</translation>
    </message>
    <message>
        <source>1, on, yes or true stops the hf command&apos;s daily version check on pypi.org; it is not telemetry.</source>
        <translation>1, on, yes ou true arrête la vérification quotidienne de version de la commande hf sur pypi.org ; ce n’est pas de la télémétrie.</translation>
    </message>
    <message>
        <source>Added as origin/&lt;value&gt; to the user-agent of every Hub request.</source>
        <translation>Ajouté sous la forme origin/&lt;valeur&gt; au user-agent de chaque requête au Hub.</translation>
    </message>
    <message>
        <source>when a library that uses huggingface_hub reports an event; the data travels in the user-agent header</source>
        <translation>quand une bibliothèque qui utilise huggingface_hub signale un événement ; les données passent dans l’en-tête user-agent</translation>
    </message>
    <message>
        <source>at most once a day while telemetry is on, to recognise AI coding agents from environment variables</source>
        <translation>au plus une fois par jour tant que la télémétrie est active, pour reconnaître les assistants de programmation IA d’après les variables d’environnement</translation>
    </message>
    <message>
        <source>Every Hub request (downloads, API calls) still carries a user-agent naming the library, huggingface_hub and Python versions; only the torch version and the detected AI agent are left out.</source>
        <translation>Chaque requête au Hub (téléchargements, appels d’API) porte toujours un user-agent indiquant les versions de la bibliothèque, de huggingface_hub et de Python ; seuls la version de torch et l’assistant IA détecté sont omis.</translation>
    </message>
    <message>
        <source>The documentation says to set HF_HUB_DISABLE_TELEMETRY=1; yes, on and true (any case) work too.</source>
        <translation>La documentation dit de définir HF_HUB_DISABLE_TELEMETRY=1 ; yes, on et true (quelle que soit la casse) fonctionnent aussi.</translation>
    </message>
    <message>
        <source>The documentation says DO_NOT_TRACK disables telemetry in the Hugging Face ecosystem including gradio; gradio&apos;s own analytics do not read DO_NOT_TRACK.</source>
        <translation>La documentation dit que DO_NOT_TRACK désactive la télémétrie dans l’écosystème Hugging Face, gradio compris ; les statistiques propres de gradio ne lisent pas DO_NOT_TRACK.</translation>
    </message>
    <message>
        <source>The list of AI agents it downloads while telemetry is on.</source>
        <translation>La liste des assistants IA qu’il télécharge tant que la télémétrie est active.</translation>
    </message>
    <message>
        <source>Stamp of the hf command&apos;s daily update check.</source>
        <translation>Fichier témoin de la vérification quotidienne de mise à jour de la commande hf.</translation>
    </message>
    <message>
        <source>Your Hub access token: a secret, never shown.</source>
        <translation>Votre jeton d’accès au Hub : un secret, jamais affiché.</translation>
    </message>
    <message>
        <source>While telemetry is on, the user-agent of every Hub request also names the torch version and a detected AI coding agent.</source>
        <translation>Tant que la télémétrie est active, le user-agent de chaque requête au Hub indique aussi la version de torch et un assistant de programmation IA détecté.</translation>
    </message>
    <message>
        <source>kedro-telemetry, installed with Kedro, counts as consent when nothing says otherwise: kedro commands send events by default.</source>
        <translation>kedro-telemetry, installé avec Kedro, vaut consentement quand rien ne dit le contraire : les commandes kedro envoient des événements par défaut.</translation>
    </message>
    <message>
        <source>Sends the events to another Heap project.</source>
        <translation>Envoie les événements à un autre projet Heap.</translation>
    </message>
    <message>
        <source>A random id in ~/.config/kedro/telemetry.toml sent as username with every event.</source>
        <translation>Un identifiant aléatoire dans ~/.config/kedro/telemetry.toml, envoyé comme username avec chaque événement.</translation>
    </message>
    <message>
        <source>A random id kedro-telemetry writes into a project&apos;s pyproject.toml; sent hashed with the package name.</source>
        <translation>Un identifiant aléatoire que kedro-telemetry écrit dans le pyproject.toml d’un projet ; envoyé haché avec le nom du paquet.</translation>
    </message>
    <message>
        <source>on every kedro command, and project statistics</source>
        <translation>à chaque commande kedro, et statistiques du projet</translation>
    </message>
    <message>
        <source>Nothing from commands that see the variable.</source>
        <translation>Rien depuis les commandes qui voient la variable.</translation>
    </message>
    <message>
        <source>The log line says to create .telemetry in the current working directory; kedro reads it from the project root, which differs when you run from a subfolder.</source>
        <translation>La ligne de journal dit de créer .telemetry dans le dossier de travail courant ; kedro le lit à la racine du projet, ce qui diffère quand on lance depuis un sous-dossier.</translation>
    </message>
    <message>
        <source>The README says the variables may be set to any value; an empty value does not work.</source>
        <translation>Le README dit que les variables peuvent prendre n’importe quelle valeur ; une valeur vide ne fonctionne pas.</translation>
    </message>
    <message>
        <source>Inside a project, .telemetry with consent: false (a YAML boolean) switches it off; a quoted &apos;false&apos; or a missing key counts as consent, and malformed YAML makes every kedro command in that project fail.</source>
        <translation>Dans un projet, .telemetry avec consent: false (un booléen YAML) désactive ; un &apos;false&apos; entre guillemets ou une clé absente vaut consentement, et un YAML mal formé fait échouer toute commande kedro de ce projet.</translation>
    </message>
    <message>
        <source>Inside a Kedro project, its .telemetry decides when no variable is set.</source>
        <translation>Dans un projet Kedro, son .telemetry décide quand aucune variable n’est définie.</translation>
    </message>
    <message>
        <source>CI is only reported (is_ci_env), not an opt-out.</source>
        <translation>La CI est seulement signalée (is_ci_env), ce n’est pas une désactivation.</translation>
    </message>
    <message>
        <source>Per project, .telemetry must hold consent: false as a YAML boolean: a quoted &apos;false&apos; or any other content counts as consent and switches it back on.</source>
        <translation>Par projet, .telemetry doit contenir consent: false comme booléen YAML : un &apos;false&apos; entre guillemets ou tout autre contenu vaut consentement et réactive.</translation>
    </message>
    <message>
        <source>In CI (any of the listed variables present) MLflow does not collect.</source>
        <translation>En CI (dès qu’une des variables listées est présente), MLflow ne collecte pas.</translation>
    </message>
    <message>
        <source>Prefect&apos;s SDK sends onboarding events by default, only in interactive terminals; its server also sends a heartbeat every 10 minutes.</source>
        <translation>Le SDK de Prefect envoie par défaut des événements d’accueil, seulement dans les terminaux interactifs ; son serveur envoie aussi un signal de vie toutes les 10 minutes.</translation>
    </message>
    <message>
        <source>Switches the server heartbeat and the web UI&apos;s events; the SDK also asks the server before sending.</source>
        <translation>Commande le signal de vie du serveur et les événements de l’interface web ; le SDK interroge aussi le serveur avant d’envoyer.</translation>
    </message>
    <message>
        <source>With a server address the SDK asks that server whether analytics are on; any error counts as off.</source>
        <translation>Avec l’adresse d’un serveur, le SDK demande à ce serveur si les statistiques sont actives ; toute erreur vaut désactivation.</translation>
    </message>
    <message>
        <source>Moves profiles.toml, the local database and .sdk_telemetry.</source>
        <translation>Déplace profiles.toml, la base de données locale et .sdk_telemetry.</translation>
    </message>
    <message>
        <source>A random id in $PREFECT_HOME/.sdk_telemetry/device_id sent with every SDK event; it is written even with DO_NOT_TRACK or in CI.</source>
        <translation>Un identifiant aléatoire dans $PREFECT_HOME/.sdk_telemetry/device_id, envoyé avec chaque événement du SDK ; il est écrit même avec DO_NOT_TRACK ou en CI.</translation>
    </message>
    <message>
        <source>A random id stored in the server&apos;s database (TELEMETRY_SESSION), sent with every heartbeat.</source>
        <translation>Un identifiant aléatoire conservé dans la base de données du serveur (TELEMETRY_SESSION), envoyé avec chaque signal de vie.</translation>
    </message>
    <message>
        <source>SDK milestones (first import, flow, run, deployment, schedule) in interactive terminals</source>
        <translation>jalons du SDK (premier import, flow, exécution, déploiement, planification) dans les terminaux interactifs</translation>
    </message>
    <message>
        <source>every 10 minutes from a running Prefect server, also the ephemeral one</source>
        <translation>toutes les 10 minutes depuis un serveur Prefect en marche, y compris l’éphémère</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK stops the SDK&apos;s events but not the server heartbeat; PREFECT_SERVER_ANALYTICS_ENABLED=false stops that one. device_id and milestones.json are still written.</source>
        <translation>DO_NOT_TRACK arrête les événements du SDK mais pas le signal de vie du serveur ; PREFECT_SERVER_ANALYTICS_ENABLED=false arrête celui-ci. device_id et milestones.json sont toujours écrits.</translation>
    </message>
    <message>
        <source>The first-run notice does not say that DO_NOT_TRACK still leaves device_id and milestones.json on disk, or that DO_NOT_TRACK=on is ignored.</source>
        <translation>Le message du premier lancement ne dit pas que DO_NOT_TRACK laisse device_id et milestones.json sur le disque, ni que DO_NOT_TRACK=on est ignoré.</translation>
    </message>
    <message>
        <source>Which onboarding events were reached.</source>
        <translation>Les événements d’accueil déjà atteints.</translation>
    </message>
    <message>
        <source>The local server&apos;s database; it holds the heartbeat&apos;s session id.</source>
        <translation>La base de données du serveur local ; elle contient l’identifiant de session du signal de vie.</translation>
    </message>
    <message>
        <source>The server heartbeat follows PREFECT_SERVER_ANALYTICS_ENABLED (environment, .env, prefect.toml, pyproject.toml, then the active profile in profiles.toml), not DO_NOT_TRACK.</source>
        <translation>Le signal de vie du serveur suit PREFECT_SERVER_ANALYTICS_ENABLED (environnement, .env, prefect.toml, pyproject.toml, puis le profil actif de profiles.toml), pas DO_NOT_TRACK.</translation>
    </message>
    <message>
        <source>The SDK sends only when standard output or error is a terminal.</source>
        <translation>Le SDK n’envoie que si la sortie standard ou d’erreur est un terminal.</translation>
    </message>
    <message>
        <source>In CI (any of the listed variables non-empty) the SDK does not send.</source>
        <translation>En CI (dès qu’une des variables listées n’est pas vide), le SDK n’envoie pas.</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK=1 switches off every tool that honours it, not only Prefect.</source>
        <translation>DO_NOT_TRACK=1 désactive tous les outils qui le respectent, pas seulement Prefect.</translation>
    </message>
    <message>
        <source>Semgrep&apos;s default, auto, sends metrics when the rules come from its registry (--config auto, p/..., r/...) or when you are logged in.</source>
        <translation>Le réglage par défaut de Semgrep, auto, envoie des métriques quand les règles viennent de son registre (--config auto, p/..., r/...) ou quand vous êtes connecté.</translation>
    </message>
    <message>
        <source>--metrics auto|on|off beats the variable for one run.</source>
        <translation>--metrics auto|on|off l’emporte sur la variable pour un lancement.</translation>
    </message>
    <message>
        <source>Counts as logged in: auto then sends metrics even with local rules.</source>
        <translation>Compte comme connecté : auto envoie alors des métriques même avec des règles locales.</translation>
    </message>
    <message>
        <source>Moves settings.yml (anonymous_user_id and the API token).</source>
        <translation>Déplace settings.yml (anonymous_user_id et le jeton d’API).</translation>
    </message>
    <message>
        <source>Sends the metrics to another address.</source>
        <translation>Envoie les métriques à une autre adresse.</translation>
    </message>
    <message>
        <source>Random while logged out; after semgrep login it is derived from your API token, so it links every machine of your account.</source>
        <translation>Aléatoire tant que vous êtes déconnecté ; après semgrep login il est dérivé de votre jeton d’API et relie donc toutes les machines de votre compte.</translation>
    </message>
    <message>
        <source>after each scan with registry rules, or any scan while logged in</source>
        <translation>après chaque analyse avec des règles du registre, ou chaque analyse une fois connecté</translation>
    </message>
    <message>
        <source>Nothing from scans that see SEMGREP_SEND_METRICS=off.</source>
        <translation>Rien depuis les analyses qui voient SEMGREP_SEND_METRICS=off.</translation>
    </message>
    <message>
        <source>The help says the variable takes auto, on or off; the Python front end also accepts 0, 1, true and false, the OCaml scan front end does not.</source>
        <translation>L’aide dit que la variable accepte auto, on ou off ; le frontal Python accepte aussi 0, 1, true et false, le frontal d’analyse OCaml non.</translation>
    </message>
    <message>
        <source>Also holds your API token after semgrep login (a secret, never shown).</source>
        <translation>Contient aussi votre jeton d’API après semgrep login (un secret, jamais affiché).</translation>
    </message>
    <message>
        <source>Logged in (settings.yml holds a token, or SEMGREP_APP_TOKEN is set), auto sends metrics for every scan, with an id derived from the token.</source>
        <translation>Une fois connecté (settings.yml contient un jeton, ou SEMGREP_APP_TOKEN est défini), auto envoie des métriques à chaque analyse, avec un identifiant dérivé du jeton.</translation>
    </message>
    <message>
        <source>CI is reported (the raw value of CI), not an opt-out.</source>
        <translation>La CI est signalée (la valeur brute de CI), ce n’est pas une désactivation.</translation>
    </message>
    <message>
        <source>Streamlit gathers usage statistics by default: the browser of everyone who opens your app sends them.</source>
        <translation>Streamlit collecte des statistiques d’utilisation par défaut : le navigateur de chaque personne qui ouvre votre application les envoie.</translation>
    </message>
    <message>
        <source>The flag of streamlit run beats the variables and every config.toml for one run.</source>
        <translation>L’option de streamlit run l’emporte pour un lancement sur les variables et sur tout config.toml.</translation>
    </message>
    <message>
        <source>Read only by streamlit run, streamlit hello and streamlit config show, not by apps started from Python.</source>
        <translation>Lue seulement par streamlit run, streamlit hello et streamlit config show, pas par les applications lancées depuis Python.</translation>
    </message>
    <message>
        <source>click&apos;s automatic name for the flag of streamlit run.</source>
        <translation>Le nom automatique donné par click à l’option de streamlit run.</translation>
    </message>
    <message>
        <source>Also the working folder&apos;s .streamlit/config.toml for a streamlit run from the home folder.</source>
        <translation>Aussi le .streamlit/config.toml du dossier de travail, pour un streamlit run lancé depuis le dossier personnel.</translation>
    </message>
    <message>
        <source>A random id kept in ~/.streamlit/machine_id_v4, created only while statistics are on, sent by the browser with every event.</source>
        <translation>Un identifiant aléatoire conservé dans ~/.streamlit/machine_id_v4, créé seulement tant que les statistiques sont actives, envoyé par le navigateur avec chaque événement.</translation>
    </message>
    <message>
        <source>Derived from /etc/machine-id (else the MAC address): the same on every run of this machine; not stored.</source>
        <translation>Dérivé de /etc/machine-id (sinon de l’adresse MAC) : identique à chaque lancement sur cette machine ; non conservé.</translation>
    </message>
    <message>
        <source>The e-mail you typed at Streamlit&apos;s first-run prompt; it was sent once to Segment.</source>
        <translation>L’e-mail saisi à la question du premier lancement de Streamlit ; il a été envoyé une fois à Segment.</translation>
    </message>
    <message>
        <source>in each viewer&apos;s browser, to learn where to send the events (the collector is configured remotely)</source>
        <translation>dans le navigateur de chaque visiteur, pour savoir où envoyer les événements (le collecteur est configuré à distance)</translation>
    </message>
    <message>
        <source>once, with the e-mail typed at the first-run prompt</source>
        <translation>une fois, avec l’e-mail saisi au premier lancement</translation>
    </message>
    <message>
        <source>Nothing from apps that read the setting; an app&apos;s own or its working folder&apos;s .streamlit/config.toml with true, or the flag or variable, still switches statistics on for that app.</source>
        <translation>Rien depuis les applications qui lisent le réglage ; un .streamlit/config.toml propre à l’application ou à son dossier de travail avec true, ou l’option ou la variable, réactive les statistiques pour cette application.</translation>
    </message>
    <message>
        <source>The command-line banner says to set browser.gatherUsageStats to false; it does not say that the environment variable works only under streamlit run and streamlit hello.</source>
        <translation>Le bandeau de la ligne de commande dit de mettre browser.gatherUsageStats à false ; il ne dit pas que la variable d’environnement ne fonctionne que sous streamlit run et streamlit hello.</translation>
    </message>
    <message>
        <source>Written after the first interactive streamlit run; streamlit activate reset deletes it.</source>
        <translation>Écrit après le premier streamlit run interactif ; streamlit activate reset le supprime.</translation>
    </message>
    <message>
        <source>A script folder&apos;s or working folder&apos;s .streamlit/config.toml decides for apps run from there.</source>
        <translation>Le .streamlit/config.toml du dossier d’un script ou du dossier de travail décide pour les applications lancées depuis là.</translation>
    </message>
    <message>
        <source>A project&apos;s .streamlit/config.toml applies inside that project and beats the one in your home.</source>
        <translation>Le .streamlit/config.toml d’un projet s’applique dans ce projet et l’emporte sur celui de votre dossier personnel.</translation>
    </message>
    <message>
        <source>A project&apos;s .streamlit/config.toml with true, or the flag or variable, still switches statistics on for that project.</source>
        <translation>Le .streamlit/config.toml d’un projet avec true, ou l’option ou la variable, réactive les statistiques pour ce projet.</translation>
    </message>
    <message>
        <source>wandb reports its own crashes and errors to Sentry by default; the runs you sync carry a record of the features used.</source>
        <translation>wandb signale par défaut ses propres plantages et erreurs à Sentry ; les exécutions que vous synchronisez portent un relevé des fonctions utilisées.</translation>
    </message>
    <message>
        <source>offline or disabled keeps runs, and their telemetry record, on this computer.</source>
        <translation>offline ou disabled garde les exécutions, et leur relevé de télémétrie, sur cette machine.</translation>
    </message>
    <message>
        <source>Sends the error reports to another Sentry project.</source>
        <translation>Envoie les rapports d’erreur à un autre projet Sentry.</translation>
    </message>
    <message>
        <source>Your W&amp;B account e-mail, attached to error reports when wandb knows it.</source>
        <translation>L’e-mail de votre compte W&amp;B, joint aux rapports d’erreur quand wandb le connaît.</translation>
    </message>
    <message>
        <source>when the SDK or wandb-core hits an error, with entity, project, run and your e-mail</source>
        <translation>quand le SDK ou wandb-core rencontre une erreur, avec l’entité, le projet, l’exécution et votre e-mail</translation>
    </message>
    <message>
        <source>Each synced run still carries its telemetry record (imports, features used, environment) to the W&amp;B server you log to; only WANDB_MODE=offline or disabled keeps it local.</source>
        <translation>Chaque exécution synchronisée porte toujours son relevé de télémétrie (imports, fonctions utilisées, environnement) vers le serveur W&amp;B auquel vous êtes connecté ; seul WANDB_MODE=offline ou disabled le garde en local.</translation>
    </message>
    <message>
        <source>wandb documents no telemetry opt-out; WANDB_ERROR_REPORTING=false stops its error reports, and a value it cannot parse also counts as off.</source>
        <translation>wandb ne documente aucune désactivation de la télémétrie ; WANDB_ERROR_REPORTING=false arrête ses rapports d’erreur, et une valeur qu’il ne comprend pas compte aussi comme désactivée.</translation>
    </message>
    <message>
        <source>Holds your W&amp;B API key (a secret, never shown).</source>
        <translation>Contient votre clé d’API W&amp;B (un secret, jamais affiché).</translation>
    </message>
    <message>
        <source>The telemetry record of each run goes to the W&amp;B server with the run; it has no switch of its own.</source>
        <translation>Le relevé de télémétrie de chaque exécution part avec elle vers le serveur W&amp;B ; il n’a pas d’interrupteur propre.</translation>
    </message>
    <message>
        <source>Only 1, on, yes or true (any case, without spaces) count; this value leaves telemetry on.</source>
        <translation>Seuls 1, on, yes ou true (quelle que soit la casse, sans espaces) comptent ; cette valeur laisse la télémétrie active.</translation>
    </message>
    <message>
        <source>Only the exact value True enables; this value switches analytics off.</source>
        <translation>Seule la valeur exacte True active ; cette valeur désactive les statistiques.</translation>
    </message>
    <message>
        <source>%2=%3 switches %1 analytics off: only the exact value True enables them. If you meant to switch them off, write %2=False to be clear.</source>
        <translation>%2=%3 désactive les statistiques de %1 : seule la valeur exacte True les active. Si vous vouliez les désactiver, écrivez plutôt %2=False.</translation>
    </message>
    <message>
        <source>Any value other than exactly True switches analytics off.</source>
        <translation>Toute valeur autre que True exactement désactive les statistiques.</translation>
    </message>
    <message>
        <source>Not a value strtobool understands; the tool then counts it as disabled.</source>
        <translation>Une valeur que strtobool ne comprend pas ; l’outil la compte alors comme désactivée.</translation>
    </message>
    <message>
        <source>Any value other than true or 1 switches it off.</source>
        <translation>Toute valeur autre que true ou 1 le désactive.</translation>
    </message>
    <message>
        <source>An empty value does not count.</source>
        <translation>Une valeur vide ne compte pas.</translation>
    </message>
    <message>
        <source>Any non-empty value switches it off, even this one.</source>
        <translation>Toute valeur non vide le désactive, même celle-ci.</translation>
    </message>
    <message>
        <source>Set to anything, even empty or 0, it switches telemetry off.</source>
        <translation>Définie à n’importe quelle valeur, même vide ou 0, elle désactive la télémétrie.</translation>
    </message>
    <message>
        <source>Only true disables in programs that use BentoML as a library; the bentoml command also accepts this value.</source>
        <translation>Seul true désactive dans les programmes qui utilisent BentoML comme bibliothèque ; la commande bentoml accepte aussi cette valeur.</translation>
    </message>
    <message>
        <source>%2=%3 switches %1 off only for the bentoml command; programs that use BentoML as a library keep collecting. Write %2=true.</source>
        <translation>%2=%3 ne désactive %1 que pour la commande bentoml ; les programmes qui utilisent BentoML comme bibliothèque continuent de collecter. Écrivez %2=true.</translation>
    </message>
    <message>
        <source>Only true (any case) switches it off.</source>
        <translation>Seul true (quelle que soit la casse) le désactive.</translation>
    </message>
    <message>
        <source>Prefect honours only 1, true or yes here; this value is ignored.</source>
        <translation>Prefect ne prend en compte ici que 1, true ou yes ; cette valeur est ignorée.</translation>
    </message>
    <message>
        <source>auto sends metrics with registry rules or when logged in.</source>
        <translation>auto envoie des métriques avec des règles du registre ou une fois connecté.</translation>
    </message>
    <message>
        <source>Semgrep&apos;s scan front end accepts exactly on, off or auto and exits on any other value (read in code, not run).</source>
        <translation>Le frontal d’analyse de Semgrep accepte exactement on, off ou auto et s’arrête sur toute autre valeur (lu dans le code, non exécuté).</translation>
    </message>
    <message>
        <source>click treats an empty variable as unset.</source>
        <translation>click traite une variable vide comme non définie.</translation>
    </message>
    <message>
        <source>click accepts only 1, true, t, yes, y, on or 0, false, f, no, n, off here; this value stops the command with a usage error.</source>
        <translation>click n’accepte ici que 1, true, t, yes, y, on ou 0, false, f, no, n, off ; cette valeur arrête la commande avec une erreur d’utilisation.</translation>
    </message>
    <message>
        <source>DVC accepts only true or false here (any case); no, 0 or off make every dvc command fail with &quot;expected true or false&quot;.</source>
        <translation>DVC n’accepte ici que true ou false (quelle que soit la casse) ; no, 0 ou off font échouer chaque commande dvc avec « expected true or false ».</translation>
    </message>
    <message>
        <source>pydantic accepts only 1, on, t, true, y, yes or 0, off, f, false, n, no here; this value makes the tool fail when it loads its settings.</source>
        <translation>pydantic n’accepte ici que 1, on, t, true, y, yes ou 0, off, f, false, n, no ; cette valeur fait échouer l’outil au chargement de ses réglages.</translation>
    </message>
    <message>
        <source>A CI marker: when it is set, this tool does not collect.</source>
        <translation>Un marqueur de CI : quand il est défini, cet outil ne collecte pas.</translation>
    </message>
    <message>
        <source>Any value other than exactly True switches it off.</source>
        <translation>Toute valeur autre que True exactement le désactive.</translation>
    </message>
    <message>
        <source>the opt-out file of %1 needs a writer, a path, a key and a disable_value</source>
        <translation>le fichier de désactivation de %1 doit avoir un writer, un path, une key et une disable_value</translation>
    </message>
    <message>
        <source>ZenML sends analytics by default, from its commands and pipelines, once its global configuration has a store.</source>
        <translation>ZenML envoie par défaut des données d&apos;analyse depuis ses commandes et ses pipelines, dès que sa configuration globale a un store.</translation>
    </message>
    <message>
        <source>ZenML reads every field of its global configuration from ZENML_&lt;FIELD&gt; first; a value pydantic rejects is silently ignored and the file decides.</source>
        <translation>ZenML lit d&apos;abord chaque champ de sa configuration globale dans ZENML_&lt;FIELD&gt; ; une valeur que pydantic rejette est ignorée sans avertissement et le fichier décide.</translation>
    </message>
    <message>
        <source>ZenML loads this file for every command: a value pydantic rejects makes them all fail.</source>
        <translation>ZenML charge ce fichier à chaque commande : une valeur que pydantic rejette les fait toutes échouer.</translation>
    </message>
    <message>
        <source>Replaces the client id (user_id in config.yaml) that ZenML sends.</source>
        <translation>Remplace l&apos;identifiant client (user_id dans config.yaml) que ZenML envoie.</translation>
    </message>
    <message>
        <source>Inside a ZenML server, the server&apos;s own analytics_enabled decides instead of this file.</source>
        <translation>Dans un serveur ZenML, c&apos;est le réglage analytics_enabled du serveur qui décide, pas ce fichier.</translation>
    </message>
    <message>
        <source>A random id in ZenML&apos;s config.yaml, sent as client_id with every event; ZENML_USER_ID replaces it.</source>
        <translation>Un identifiant aléatoire dans le config.yaml de ZenML, envoyé comme client_id avec chaque événement ; ZENML_USER_ID le remplace.</translation>
    </message>
    <message>
        <source>The e-mail you gave ZenML at its prompt, kept in config.yaml; with user_email_opt_in it is sent to ZenML.</source>
        <translation>L&apos;adresse e-mail donnée à ZenML lors de sa question, conservée dans config.yaml ; avec user_email_opt_in, elle est envoyée à ZenML.</translation>
    </message>
    <message>
        <source>on zenml commands, pipeline runs and stack changes, in batches</source>
        <translation>lors des commandes zenml, des exécutions de pipelines et des changements de stack, par lots</translation>
    </message>
    <message>
        <source>Nothing: with analytics off current releases do not load the client id, so not even the opt-out event is sent (older releases sent it).</source>
        <translation>Rien : analyses coupées, les versions actuelles ne chargent pas l&apos;identifiant client, donc même l&apos;événement de désactivation n&apos;est pas envoyé (les anciennes versions l&apos;envoyaient).</translation>
    </message>
    <message>
        <source>The documentation presents ZENML_ANALYTICS_OPT_IN like any switch; a value pydantic rejects (for example disabled) is silently ignored, and the file or the default decides.</source>
        <translation>La documentation présente ZENML_ANALYTICS_OPT_IN comme un interrupteur ordinaire ; une valeur que pydantic rejette (par exemple disabled) est ignorée sans avertissement, et le fichier ou la valeur par défaut décide.</translation>
    </message>
    <message>
        <source>ZenML rewrites the whole file whenever it saves a setting, keeping every key it knows.</source>
        <translation>ZenML réécrit tout le fichier chaque fois qu&apos;il enregistre un réglage, en gardant chaque clé qu&apos;il connaît.</translation>
    </message>
    <message>
        <source>A ZenML server (ZENML_SERVER set) follows its own analytics_enabled setting, not this account&apos;s config.yaml.</source>
        <translation>Un serveur ZenML (ZENML_SERVER défini) suit son propre réglage analytics_enabled, pas le config.yaml de ce compte.</translation>
    </message>
    <message>
        <source>Inside a ZenML server the server&apos;s own setting decides.</source>
        <translation>Dans un serveur ZenML, c&apos;est le réglage du serveur qui décide.</translation>
    </message>
    <message>
        <source>CI is not an opt-out; it is only reported as the environment.</source>
        <translation>La CI n&apos;est pas une désactivation ; elle est seulement signalée comme environnement.</translation>
    </message>
    <message>
        <source>Telemetry Lens writes analytics_opt_in: false (a YAML boolean) into config.yaml, as zenml analytics opt-out does; a valid ZENML_ANALYTICS_OPT_IN=true still beats it, and an invalid value is silently ignored.</source>
        <translation>Telemetry Lens écrit analytics_opt_in: false (un booléen YAML) dans config.yaml, comme le fait zenml analytics opt-out ; un ZENML_ANALYTICS_OPT_IN=true valide l&apos;emporte quand même, et une valeur invalide est ignorée sans avertissement.</translation>
    </message>
    <message>
        <source>Dagster logs every action to $DAGSTER_HOME/logs/event.log and uploads the log every hour by default.</source>
        <translation>Par défaut, Dagster consigne chaque action dans $DAGSTER_HOME/logs/event.log et envoie ce journal toutes les heures.</translation>
    </message>
    <message>
        <source>Stops only the upload: Dagster still writes logs/event.log and the instance id.</source>
        <translation>N&apos;arrête que l&apos;envoi : Dagster écrit toujours logs/event.log et l&apos;identifiant d&apos;instance.</translation>
    </message>
    <message>
        <source>Dagster takes these CI markers for its own test runs and does not upload.</source>
        <translation>Dagster prend ces marqueurs de CI pour ses propres tests et n&apos;envoie rien.</translation>
    </message>
    <message>
        <source>Read only when DAGSTER_HOME is set; Dagster uses the raw value, so a quoted &quot;false&quot; counts as true.</source>
        <translation>Lu seulement si DAGSTER_HOME est défini ; Dagster utilise la valeur brute, donc un &quot;false&quot; entre guillemets compte comme vrai.</translation>
    </message>
    <message>
        <source>The instance folder: dagster.yaml, .telemetry/id.yaml and logs/event.log live there. Without it the yaml has no effect, and the state depends on how Dagster is started.</source>
        <translation>Le dossier de l&apos;instance : dagster.yaml, .telemetry/id.yaml et logs/event.log s&apos;y trouvent. Sans lui, le fichier YAML n&apos;a aucun effet, et l&apos;état dépend de la façon dont Dagster est lancé.</translation>
    </message>
    <message>
        <source>Uploads the event logs to another address.</source>
        <translation>Envoie les journaux d&apos;événements à une autre adresse.</translation>
    </message>
    <message>
        <source>Dagster compares CI with the boolean True, which an environment value never is: CI is not detected, and it is not an opt-out.</source>
        <translation>Dagster compare CI au booléen True, ce que n&apos;est jamais une valeur d&apos;environnement : la CI n&apos;est pas détectée, et ce n&apos;est pas une désactivation.</translation>
    </message>
    <message>
        <source>A random id in .telemetry/id.yaml, created at the first logged action (even with DAGSTER_DISABLE_TELEMETRY) and sent with every event.</source>
        <translation>Un identifiant aléatoire dans .telemetry/id.yaml, créé à la première action consignée (même avec DAGSTER_DISABLE_TELEMETRY) et envoyé avec chaque événement.</translation>
    </message>
    <message>
        <source>every hour, or at 10 MB of log, from a background upload thread; plain HTTP</source>
        <translation>toutes les heures, ou à 10 Mo de journal, depuis un fil d&apos;envoi en arrière-plan ; HTTP non chiffré</translation>
    </message>
    <message>
        <source>With telemetry.enabled: false nothing is logged or sent. DAGSTER_DISABLE_TELEMETRY only stops the upload: every action is still logged to logs/event.log and the instance id is still created.</source>
        <translation>Avec telemetry.enabled: false, rien n&apos;est consigné ni envoyé. DAGSTER_DISABLE_TELEMETRY n&apos;arrête que l&apos;envoi : chaque action est toujours consignée dans logs/event.log et l&apos;identifiant d&apos;instance est toujours créé.</translation>
    </message>
    <message>
        <source>The telemetry banner says to add telemetry: enabled: false to $DAGSTER_HOME/dagster.yaml; it does not say that DAGSTER_DISABLE_TELEMETRY keeps writing logs/event.log.</source>
        <translation>Le bandeau de télémétrie dit d&apos;ajouter telemetry: enabled: false à $DAGSTER_HOME/dagster.yaml ; il ne dit pas qu&apos;avec DAGSTER_DISABLE_TELEMETRY, logs/event.log continue d&apos;être écrit.</translation>
    </message>
    <message>
        <source>Dagster&apos;s CI detection never sees CI (compared with the boolean True) and misses CircleCI and CodeBuild (a missing comma joins their names).</source>
        <translation>La détection de CI de Dagster ne voit jamais CI (comparé au booléen True) et manque CircleCI et CodeBuild (une virgule manquante colle leurs noms).</translation>
    </message>
    <message>
        <source>Created at the first logged action, even with DAGSTER_DISABLE_TELEMETRY; the first time Dagster also prints its telemetry banner.</source>
        <translation>Créé à la première action consignée, même avec DAGSTER_DISABLE_TELEMETRY ; la première fois, Dagster affiche aussi son bandeau de télémétrie.</translation>
    </message>
    <message>
        <source>A readable log of every event Dagster uploads (10 MB, 10 backups); still written with DAGSTER_DISABLE_TELEMETRY.</source>
        <translation>Un journal lisible de chaque événement que Dagster envoie (10 Mo, 10 sauvegardes) ; toujours écrit avec DAGSTER_DISABLE_TELEMETRY.</translation>
    </message>
    <message>
        <source>logs/event.log and .telemetry/id.yaml follow telemetry.enabled only: DAGSTER_DISABLE_TELEMETRY, BUILDKITE and TF_BUILD stop the upload, not the local log.</source>
        <translation>logs/event.log et .telemetry/id.yaml ne suivent que telemetry.enabled : DAGSTER_DISABLE_TELEMETRY, BUILDKITE et TF_BUILD arrêtent l&apos;envoi, pas le journal local.</translation>
    </message>
    <message>
        <source>CI is only reported (is_known_ci_env), not an opt-out; only BUILDKITE and TF_BUILD stop the upload.</source>
        <translation>La CI est seulement signalée (is_known_ci_env), ce n&apos;est pas une désactivation ; seuls BUILDKITE et TF_BUILD arrêtent l&apos;envoi.</translation>
    </message>
    <message>
        <source>An ephemeral instance (no DAGSTER_HOME, outside dagster dev) does not collect; the daemon and webserver of a real instance do.</source>
        <translation>Une instance éphémère (sans DAGSTER_HOME, hors de dagster dev) ne collecte pas ; le démon et le serveur web d&apos;une vraie instance, si.</translation>
    </message>
    <message>
        <source>Telemetry Lens writes telemetry: enabled: false (a YAML boolean) into $DAGSTER_HOME/dagster.yaml, keeping every other key; without DAGSTER_HOME that file is not read, so it sets DAGSTER_DISABLE_TELEMETRY=1 instead, which stops only the upload: logs/event.log is still written.</source>
        <translation>Telemetry Lens écrit telemetry: enabled: false (un booléen YAML) dans $DAGSTER_HOME/dagster.yaml en gardant toutes les autres clés ; sans DAGSTER_HOME, ce fichier n&apos;est pas lu, il définit donc DAGSTER_DISABLE_TELEMETRY=1 à la place, ce qui n&apos;arrête que l&apos;envoi : logs/event.log est toujours écrit.</translation>
    </message>
    <message>
        <source>Ultralytics (YOLO) sends usage events to Google Analytics by default, from pip installs and official checkouts, and crash reports from the yolo command.</source>
        <translation>Ultralytics (YOLO) envoie par défaut des événements d&apos;utilisation à Google Analytics, depuis les installations pip et les copies officielles, et des rapports de plantage depuis la commande yolo.</translation>
    </message>
    <message>
        <source>Read at import; it also stops every download (weights, datasets).</source>
        <translation>Lu à l&apos;import ; arrête aussi tout téléchargement (poids, jeux de données).</translation>
    </message>
    <message>
        <source>Ultralytics resets the whole file to its defaults (sync: true) when a key is added or missing, a type is wrong, the settings_version differs from the installed release&apos;s, or the JSON is malformed.</source>
        <translation>Ultralytics remet tout le fichier à ses valeurs par défaut (sync: true) quand une clé est ajoutée ou manque, qu&apos;un type est faux, que settings_version diffère de celle de la version installée, ou que le JSON est mal formé.</translation>
    </message>
    <message>
        <source>Ultralytics sends only when a DNS lookup of one.one.one.one or dns.google succeeds (older releases connect to 1.1.1.1 and 8.8.8.8).</source>
        <translation>Ultralytics n&apos;envoie que si une résolution DNS de one.one.one.one ou dns.google réussit (les anciennes versions se connectent à 1.1.1.1 et 8.8.8.8).</translation>
    </message>
    <message>
        <source>Moves the settings folder: current releases use $YOLO_CONFIG_DIR/Ultralytics, older ones $YOLO_CONFIG_DIR itself.</source>
        <translation>Déplace le dossier des réglages : les versions actuelles utilisent $YOLO_CONFIG_DIR/Ultralytics, les anciennes $YOLO_CONFIG_DIR lui-même.</translation>
    </message>
    <message>
        <source>Only the main process (RANK -1 or 0) sends; other ranks of a distributed run do not.</source>
        <translation>Seul le processus principal (RANK -1 ou 0) envoie ; les autres rangs d&apos;une exécution distribuée, non.</translation>
    </message>
    <message>
        <source>The SHA-256 of this machine&apos;s MAC address (as a decimal number), kept in settings.json and sent as the Google Analytics client_id and the Sentry user id: the same on every install of this machine, and guessable from the 48-bit MAC. Ultralytics calls it anonymized; it is pseudonymous and hardware-derived.</source>
        <translation>Le SHA-256 de l&apos;adresse MAC de cette machine (en nombre décimal), conservé dans settings.json et envoyé comme client_id à Google Analytics et comme identifiant utilisateur à Sentry : le même pour chaque installation sur cette machine, et devinable à partir de la MAC sur 48 bits. Ultralytics le dit anonymisé ; il est pseudonyme et dérivé du matériel.</translation>
    </message>
    <message>
        <source>on train, val, predict and export, at most once every 30 s (up to 25 events)</source>
        <translation>lors de train, val, predict et export, au plus une fois toutes les 30 s (jusqu&apos;à 25 événements)</translation>
    </message>
    <message>
        <source>crash reports of the yolo command from pip installs, when sentry_sdk is installed</source>
        <translation>rapports de plantage de la commande yolo depuis les installations pip, quand sentry_sdk est installé</translation>
    </message>
    <message>
        <source>Nothing while sync is false; but a settings file Ultralytics resets (a new settings_version after an upgrade, a wrong key or type) switches sync back to true.</source>
        <translation>Rien tant que sync vaut false ; mais un fichier de réglages qu&apos;Ultralytics réinitialise (une nouvelle settings_version après une mise à jour, une clé ou un type faux) remet sync à true.</translation>
    </message>
    <message>
        <source>Ultralytics calls its uuid anonymized; it is the SHA-256 of the machine&apos;s MAC address, stable and guessable.</source>
        <translation>Ultralytics dit son uuid anonymisé ; c&apos;est le SHA-256 de l&apos;adresse MAC de la machine, stable et devinable.</translation>
    </message>
    <message>
        <source>The settings documentation does not say that an upgrade with a new settings_version resets sync to true.</source>
        <translation>La documentation des réglages ne dit pas qu&apos;une mise à jour avec une nouvelle settings_version remet sync à true.</translation>
    </message>
    <message>
        <source>Also holds api_key and openai_api_key, which are secrets and never shown.</source>
        <translation>Contient aussi api_key et openai_api_key, qui sont secrets et jamais affichés.</translation>
    </message>
    <message>
        <source>Where older releases kept the settings when YOLO_CONFIG_DIR is set (no Ultralytics sub-folder).</source>
        <translation>Là où les anciennes versions gardaient les réglages quand YOLO_CONFIG_DIR est défini (sans sous-dossier Ultralytics).</translation>
    </message>
    <message>
        <source>The settings file of older releases, with the same keys.</source>
        <translation>Le fichier de réglages des anciennes versions, avec les mêmes clés.</translation>
    </message>
    <message>
        <source>Sentry crash reports of the yolo command follow the same sync setting and YOLO_OFFLINE, and also need sentry_sdk installed and a pip install.</source>
        <translation>Les rapports de plantage Sentry de la commande yolo suivent le même réglage sync et YOLO_OFFLINE, et exigent en plus sentry_sdk installé et une installation pip.</translation>
    </message>
    <message>
        <source>Nothing is sent while pytest runs.</source>
        <translation>Rien n&apos;est envoyé pendant que pytest s&apos;exécute.</translation>
    </message>
    <message>
        <source>Nothing is sent in GitHub Actions (GITHUB_ACTIONS, GITHUB_WORKFLOW and RUNNER_OS all set); other CI systems send.</source>
        <translation>Rien n&apos;est envoyé dans GitHub Actions (GITHUB_ACTIONS, GITHUB_WORKFLOW et RUNNER_OS tous définis) ; les autres systèmes de CI envoient.</translation>
    </message>
    <message>
        <source>Nothing is sent when the DNS check fails (offline machines).</source>
        <translation>Rien n&apos;est envoyé quand la vérification DNS échoue (machines hors ligne).</translation>
    </message>
    <message>
        <source>Telemetry Lens writes &quot;sync&quot;: false into settings.json, keeping every other key and the settings_version. Ultralytics resets that file to sync: true when its keys, types or settings_version no longer match, for example after an upgrade: check again after upgrading. Without a settings file it sets YOLO_OFFLINE=true instead, which also stops downloads.</source>
        <translation>Telemetry Lens écrit &quot;sync&quot;: false dans settings.json en gardant toutes les autres clés et la settings_version. Ultralytics remet ce fichier à sync: true quand ses clés, ses types ou sa settings_version ne correspondent plus, par exemple après une mise à jour : vérifiez de nouveau après chaque mise à jour. Sans fichier de réglages, il définit YOLO_OFFLINE=true à la place, ce qui arrête aussi les téléchargements.</translation>
    </message>
    <message>
        <source>Deepchecks checks for a newer version at every import, sending its version and a random id: an import event by default.</source>
        <translation>Deepchecks cherche une version plus récente à chaque import, en envoyant sa version et un identifiant aléatoire : par défaut, un événement d&apos;import.</translation>
    </message>
    <message>
        <source>Read at import.</source>
        <translation>Lu à l&apos;import.</translation>
    </message>
    <message>
        <source>Read at import; it stops the same request.</source>
        <translation>Lu à l&apos;import ; arrête la même requête.</translation>
    </message>
    <message>
        <source>A random id in deepchecks/.user_id inside each environment&apos;s site-packages, sent with every import; one per environment, removed on uninstall.</source>
        <translation>Un identifiant aléatoire dans deepchecks/.user_id, dans le site-packages de chaque environnement, envoyé à chaque import ; un par environnement, supprimé à la désinstallation.</translation>
    </message>
    <message>
        <source>at every import of deepchecks (a version check that doubles as an import event)</source>
        <translation>à chaque import de deepchecks (une vérification de version qui sert aussi d&apos;événement d&apos;import)</translation>
    </message>
    <message>
        <source>Nothing: with either variable set deepchecks does not make the request.</source>
        <translation>Rien : si l&apos;une ou l&apos;autre variable est définie, deepchecks ne fait pas la requête.</translation>
    </message>
    <message>
        <source>The variables are documented as switches; any non-empty value, even 0 or false, switches the request off.</source>
        <translation>Les variables sont documentées comme des interrupteurs ; toute valeur non vide, même 0 ou false, coupe la requête.</translation>
    </message>
    <message>
        <source>Inside the installed package: each environment has its own, and uninstalling removes it.</source>
        <translation>Dans le paquet installé : chaque environnement a le sien, et la désinstallation le supprime.</translation>
    </message>
    <message>
        <source>The variable is read at import: programs already running keep sending.</source>
        <translation>La variable est lue à l&apos;import : les programmes déjà lancés continuent d&apos;envoyer.</translation>
    </message>
    <message>
        <source>pydantic rejects this value, and %1 silently ignores it: the file or the default decides.</source>
        <translation>pydantic rejette cette valeur, et %1 l&apos;ignore sans avertissement : le fichier ou la valeur par défaut décide.</translation>
    </message>
    <message>
        <source>%2=%3 is not a value %1 accepts (1, on, t, true, y, yes or 0, off, f, false, n, no), so %1 silently ignores it: it does not switch telemetry off. Write %2=false.</source>
        <translation>%2=%3 n&apos;est pas une valeur que %1 accepte (1, on, t, true, y, yes ou 0, off, f, false, n, no), donc %1 l&apos;ignore sans avertissement : elle ne coupe pas la télémétrie. Écrivez %2=false.</translation>
    </message>
    <message>
        <source>Set to anything, even empty or 0, it stops the upload; the events are still logged to disk.</source>
        <translation>Définie à n&apos;importe quelle valeur, même vide ou 0, elle arrête l&apos;envoi ; les événements sont toujours consignés sur le disque.</translation>
    </message>
    <message>
        <source>Only true (any case) counts; this value leaves telemetry on.</source>
        <translation>Seul true (quelle que soit la casse) compte ; cette valeur laisse la télémétrie active.</translation>
    </message>
    <message>
        <source>%2=%3 does not switch %1 offline: only the value true (any case) does. Write %2=true.</source>
        <translation>%2=%3 ne met pas %1 hors ligne : seule la valeur true (quelle que soit la casse) le fait. Écrivez %2=true.</translation>
    </message>
    <message>
        <source>Read from a project&apos;s root when a kedro command runs inside that project and no variable is set.</source>
        <translation>Lu à la racine d’un projet quand une commande kedro s’exécute dans ce projet et qu’aucune variable n’est définie.</translation>
    </message>
    <message>
        <source>A project&apos;s file data context: when it says true or false, it beats GX_ANALYTICS_ENABLED inside that project.</source>
        <translation>Le contexte de données fichier d’un projet : s’il indique true ou false, il l’emporte sur GX_ANALYTICS_ENABLED dans ce projet.</translation>
    </message>
    <message>
        <source>The working folder&apos;s or the script&apos;s folder&apos;s config.toml: it beats the one in your home for apps run from there.</source>
        <translation>Le config.toml du dossier de travail ou du dossier du script : il l’emporte sur celui de votre dossier personnel pour les applications lancées depuis là.</translation>
    </message>
    <message>
        <source>Not the YAML boolean kedro expects: it ignores the file and counts it as consent.</source>
        <translation>Pas le booléen YAML qu’attend kedro : il ignore le fichier et le compte comme un consentement.</translation>
    </message>
    <message>
        <source>%1 ignores this .telemetry because %2 is not a YAML boolean, and sends as if you had agreed. Write %2: false without quotes.</source>
        <translation>%1 ignore ce .telemetry parce que %2 n’est pas un booléen YAML, et envoie comme si vous aviez accepté. Écrivez %2: false sans guillemets.</translation>
    </message>
    <message>
        <source>null leaves the decision to the environment variable.</source>
        <translation>null laisse la décision à la variable d’environnement.</translation>
    </message>
    <message>
        <source>Not a boolean: the project&apos;s data context fails to load.</source>
        <translation>Pas un booléen : le contexte de données du projet ne se charge pas.</translation>
    </message>
    <message>
        <source>The Prisma CLI runs a &quot;checkpoint&quot; check with usage data on its commands by default.</source>
        <translation>La CLI Prisma effectue par défaut un contrôle « checkpoint » avec des données d’utilisation lors de ses commandes.</translation>
    </message>
    <message>
        <source>Any non-empty value switches Prisma&apos;s checkpoint off, even 0 or false. Debian&apos;s packer reads the same variable the other way round.</source>
        <translation>Toute valeur non vide désactive le checkpoint de Prisma, même 0 ou false. Le packer de Debian lit la même variable à l’inverse.</translation>
    </message>
    <message>
        <source>Adds this text to every checkpoint request.</source>
        <translation>Ajoute ce texte à chaque requête checkpoint.</translation>
    </message>
    <message>
        <source>Only changes how long the checkpoint request may take.</source>
        <translation>Change seulement la durée maximale de la requête checkpoint.</translation>
    </message>
    <message>
        <source>Only hides the update message; the checkpoint is still sent.</source>
        <translation>Masque seulement le message de mise à jour ; le checkpoint est toujours envoyé.</translation>
    </message>
    <message>
        <source>A random id kept in ~/.cache/checkpoint-nodejs/signature and sent with every checkpoint request: it links all your Prisma commands over time.</source>
        <translation>Un identifiant aléatoire conservé dans ~/.cache/checkpoint-nodejs/signature et envoyé avec chaque requête checkpoint : il relie toutes vos commandes Prisma dans le temps.</translation>
    </message>
    <message>
        <source>on Prisma CLI commands, at most about once a day per command</source>
        <translation>lors des commandes de la CLI Prisma, au plus environ une fois par jour et par commande</translation>
    </message>
    <message>
        <source>Nothing: with CHECKPOINT_DISABLE set the checkpoint request is not made.</source>
        <translation>Rien : avec CHECKPOINT_DISABLE défini, la requête checkpoint n’est pas faite.</translation>
    </message>
    <message>
        <source>The documentation names CHECKPOINT_DISABLE=1; any non-empty value switches the checkpoint off, even 0.</source>
        <translation>La documentation indique CHECKPOINT_DISABLE=1 ; toute valeur non vide désactive le checkpoint, même 0.</translation>
    </message>
    <message>
        <source>When the first Prisma command ran.</source>
        <translation>Date de la première commande Prisma.</translation>
    </message>
    <message>
        <source>In CI the checkpoint is still sent, marked with the CI&apos;s name; CI is not an opt-out.</source>
        <translation>En CI, le checkpoint est toujours envoyé, marqué du nom de la CI ; la CI n’est pas un refus.</translation>
    </message>
    <message>
        <source>Prisma is usually a dependency of each project; a project&apos;s scripts or .env can set CHECKPOINT_DISABLE for that project only.</source>
        <translation>Prisma est en général une dépendance de chaque projet ; les scripts ou le .env d’un projet peuvent définir CHECKPOINT_DISABLE pour ce seul projet.</translation>
    </message>
    <message>
        <source>Telemetry Lens writes CHECKPOINT_DISABLE=1, never 0: Debian&apos;s packer reads 0 as &quot;collect&quot;.</source>
        <translation>Telemetry Lens écrit CHECKPOINT_DISABLE=1, jamais 0 : le packer de Debian lit 0 comme « collecter ».</translation>
    </message>
    <message>
        <source>The Shopify CLI sends an analytics event for each command by default.</source>
        <translation>La CLI Shopify envoie par défaut un événement d’analyse pour chaque commande.</translation>
    </message>
    <message>
        <source>Forces the analytics event to be sent even when an opt-out is set.</source>
        <translation>Force l’envoi de l’événement d’analyse même quand un refus est défini.</translation>
    </message>
    <message>
        <source>Keeps sending the CLI&apos;s performance metrics even with SHOPIFY_CLI_NO_ANALYTICS set (1, true, TRUE, yes or YES).</source>
        <translation>Continue d’envoyer les métriques de performance de la CLI même avec SHOPIFY_CLI_NO_ANALYTICS défini (1, true, TRUE, yes ou YES).</translation>
    </message>
    <message>
        <source>Your Shopify account id, taken from the CLI&apos;s login session and sent with every event: the events are tied to your account.</source>
        <translation>L’identifiant de votre compte Shopify, tiré de la session de connexion de la CLI et envoyé avec chaque événement : les événements sont liés à votre compte.</translation>
    </message>
    <message>
        <source>after each command (synchronously in CI and containers)</source>
        <translation>après chaque commande (de façon synchrone en CI et dans les conteneurs)</translation>
    </message>
    <message>
        <source>Nothing, unless SHOPIFY_CLI_ALWAYS_LOG_ANALYTICS or SHOPIFY_CLI_ALWAYS_LOG_METRICS is set to 1, true, TRUE, yes or YES.</source>
        <translation>Rien, sauf si SHOPIFY_CLI_ALWAYS_LOG_ANALYTICS ou SHOPIFY_CLI_ALWAYS_LOG_METRICS vaut 1, true, TRUE, yes ou YES.</translation>
    </message>
    <message>
        <source>Only 1, true, TRUE, yes and YES count as true: True, Yes and on leave analytics on.</source>
        <translation>Seuls 1, true, TRUE, yes et YES comptent comme vrais : True, Yes et on laissent l’analyse active.</translation>
    </message>
    <message>
        <source>Caches and the login session (secrets): never shown.</source>
        <translation>Caches et session de connexion (secrets) : jamais affichés.</translation>
    </message>
    <message>
        <source>Performance metrics follow the same opt-out, but SHOPIFY_CLI_ALWAYS_LOG_METRICS sends them anyway.</source>
        <translation>Les métriques de performance suivent le même refus, mais SHOPIFY_CLI_ALWAYS_LOG_METRICS les envoie quand même.</translation>
    </message>
    <message>
        <source>In CI and containers events are sent before the command ends instead of in the background; this is not an opt-out.</source>
        <translation>En CI et dans les conteneurs, les événements sont envoyés avant la fin de la commande au lieu de l’arrière-plan ; ce n’est pas un refus.</translation>
    </message>
    <message>
        <source>SHOPIFY_CLI_ALWAYS_LOG_ANALYTICS or SHOPIFY_CLI_ALWAYS_LOG_METRICS set to a true value still sends events after the opt-out.</source>
        <translation>SHOPIFY_CLI_ALWAYS_LOG_ANALYTICS ou SHOPIFY_CLI_ALWAYS_LOG_METRICS à une valeur vraie envoie encore des événements après le refus.</translation>
    </message>
    <message>
        <source>The Expo CLI sends usage events by default.</source>
        <translation>La CLI Expo envoie par défaut des événements d’utilisation.</translation>
    </message>
    <message>
        <source>Read only when EXPO_NO_TELEMETRY is false or unset.</source>
        <translation>Lu seulement quand EXPO_NO_TELEMETRY vaut false ou n’est pas défini.</translation>
    </message>
    <message>
        <source>Sends events from the CLI process itself instead of a detached one; not an opt-out.</source>
        <translation>Envoie les événements depuis le processus de la CLI lui-même plutôt que depuis un processus détaché ; ce n’est pas un refus.</translation>
    </message>
    <message>
        <source>Moves ~/.expo, where the anonymous id and the login session are kept.</source>
        <translation>Déplace ~/.expo, où sont conservés l’identifiant anonyme et la session de connexion.</translation>
    </message>
    <message>
        <source>A random id kept in ~/.expo/state.json and sent with every event; with a login the events also carry your Expo account id.</source>
        <translation>Un identifiant aléatoire conservé dans ~/.expo/state.json et envoyé avec chaque événement ; une fois connecté, les événements portent aussi l’identifiant de votre compte Expo.</translation>
    </message>
    <message>
        <source>after Expo CLI commands, from a detached process</source>
        <translation>après les commandes de la CLI Expo, depuis un processus détaché</translation>
    </message>
    <message>
        <source>Nothing: with EXPO_NO_TELEMETRY=1 no telemetry client is created.</source>
        <translation>Rien : avec EXPO_NO_TELEMETRY=1, aucun client de télémétrie n’est créé.</translation>
    </message>
    <message>
        <source>The documentation does not say that EXPO_NO_TELEMETRY=yes, on or an empty value make every Expo command fail with &quot;Invalid value for environment variable&quot;.</source>
        <translation>La documentation ne dit pas que EXPO_NO_TELEMETRY=yes, on ou une valeur vide font échouer toute commande Expo avec « Invalid value for environment variable ».</translation>
    </message>
    <message>
        <source>Also holds the login session (auth), which is never shown.</source>
        <translation>Contient aussi la session de connexion (auth), qui n’est jamais affichée.</translation>
    </message>
    <message>
        <source>The Expo CLI loads the project&apos;s .env files, which can set EXPO_NO_TELEMETRY for that project only.</source>
        <translation>La CLI Expo charge les fichiers .env du projet, qui peuvent définir EXPO_NO_TELEMETRY pour ce seul projet.</translation>
    </message>
    <message>
        <source>Expo accepts only 1, true, 0 or false here: yes, on or an empty value make every Expo command fail.</source>
        <translation>Expo n’accepte ici que 1, true, 0 ou false : yes, on ou une valeur vide font échouer toute commande Expo.</translation>
    </message>
    <message>
        <source>Debian&apos;s build of packer sends HashiCorp&apos;s checkpoint only when CHECKPOINT_DISABLE is exactly 0; otherwise it is off.</source>
        <translation>La version Debian de packer n’envoie le checkpoint de HashiCorp que si CHECKPOINT_DISABLE vaut exactement 0 ; sinon il est désactivé.</translation>
    </message>
    <message>
        <source>true stops the checkpoint whatever CHECKPOINT_DISABLE says; a value that is not a JSON boolean makes packer exit with &quot;Error loading configuration&quot;.</source>
        <translation>true arrête le checkpoint quoi que dise CHECKPOINT_DISABLE ; une valeur qui n’est pas un booléen JSON fait quitter packer avec « Error loading configuration ».</translation>
    </message>
    <message>
        <source>Logs what packer does, including &quot;(telemetry)&quot; lines.</source>
        <translation>Journalise ce que fait packer, y compris les lignes « (telemetry) ».</translation>
    </message>
    <message>
        <source>A random id HashiCorp&apos;s checkpoint keeps under ~/.packer.d and sends with each check, unless disable_checkpoint_signature is true.</source>
        <translation>Un identifiant aléatoire que le checkpoint de HashiCorp conserve sous ~/.packer.d et envoie à chaque contrôle, sauf si disable_checkpoint_signature vaut true.</translation>
    </message>
    <message>
        <source>at the end of a packer command, only while CHECKPOINT_DISABLE=0</source>
        <translation>à la fin d’une commande packer, seulement tant que CHECKPOINT_DISABLE=0</translation>
    </message>
    <message>
        <source>Nothing: with &quot;disable_checkpoint&quot;: true packer logs &quot;Checkpoint disabled. Not running.&quot;</source>
        <translation>Rien : avec &quot;disable_checkpoint&quot;: true, packer journalise « Checkpoint disabled. Not running. »</translation>
    </message>
    <message>
        <source>HashiCorp&apos;s documentation says any value of CHECKPOINT_DISABLE switches the checkpoint off. Debian&apos;s build is the other way round: it is off unless CHECKPOINT_DISABLE is exactly 0, and 0 switches it on.</source>
        <translation>La documentation de HashiCorp dit que toute valeur de CHECKPOINT_DISABLE désactive le checkpoint. La version Debian fait l’inverse : il est désactivé sauf si CHECKPOINT_DISABLE vaut exactement 0, et 0 l’active.</translation>
    </message>
    <message>
        <source>&quot;disable_checkpoint&quot;: true works whatever CHECKPOINT_DISABLE says. HashiCorp&apos;s own packer builds read CHECKPOINT_DISABLE the other way round (any value switches them off).</source>
        <translation>&quot;disable_checkpoint&quot;: true fonctionne quoi que dise CHECKPOINT_DISABLE. Les versions de packer de HashiCorp lisent CHECKPOINT_DISABLE à l’inverse (toute valeur les désactive).</translation>
    </message>
    <message>
        <source>popularity-contest takes part only when PARTICIPATE is set to something other than &quot;no&quot; (asked when it is installed).</source>
        <translation>popularity-contest ne participe que si PARTICIPATE vaut autre chose que « no » (demandé à l’installation).</translation>
    </message>
    <message>
        <source>The package&apos;s defaults, read before /etc/popularity-contest.conf.</source>
        <translation>Les valeurs par défaut du paquet, lues avant /etc/popularity-contest.conf.</translation>
    </message>
    <message>
        <source>once a week from cron.daily, encrypted with GnuPG when gnupg is installed</source>
        <translation>une fois par semaine depuis cron.daily, chiffré avec GnuPG si gnupg est installé</translation>
    </message>
    <message>
        <source>Nothing: with PARTICIPATE=&quot;no&quot; the daily cron job exits before it collects anything.</source>
        <translation>Rien : avec PARTICIPATE=&quot;no&quot;, la tâche cron quotidienne s’arrête avant de collecter quoi que ce soit.</translation>
    </message>
    <message>
        <source>Only the exact value &quot;no&quot; or an empty PARTICIPATE stops popularity-contest: No, NO, false and 0 take part.</source>
        <translation>Seule la valeur exacte « no » ou un PARTICIPATE vide arrête popularity-contest : No, NO, false et 0 participent.</translation>
    </message>
    <message>
        <source>The last report: the host id and every installed package with access times.</source>
        <translation>Le dernier rapport : l’identifiant de la machine et chaque paquet installé avec ses dates d’accès.</translation>
    </message>
    <message>
        <source>When the last report was submitted.</source>
        <translation>Date d’envoi du dernier rapport.</translation>
    </message>
    <message>
        <source>It runs from cron.daily: without cron or anacron nothing is sent. Without MAILTO and with USEHTTP other than &quot;yes&quot; it also sends nothing.</source>
        <translation>Il s’exécute depuis cron.daily : sans cron ni anacron, rien n’est envoyé. Sans MAILTO et avec USEHTTP différent de « yes », il n’envoie rien non plus.</translation>
    </message>
    <message>
        <source>The Azure CLI sends telemetry for each command by default.</source>
        <translation>La CLI Azure envoie par défaut de la télémétrie pour chaque commande.</translation>
    </message>
    <message>
        <source>Moves ~/.azure: the config file, the installation id and the cached events.</source>
        <translation>Déplace ~/.azure : le fichier de configuration, l’identifiant d’installation et les événements en cache.</translation>
    </message>
    <message>
        <source>A version-1 UUID (installationId in azureProfile.json): it contains this computer&apos;s network card (MAC) address and the time it was created, and is sent with every command&apos;s telemetry.</source>
        <translation>Un UUID de version 1 (installationId dans azureProfile.json) : il contient l’adresse de la carte réseau (MAC) de cet ordinateur et sa date de création, et il est envoyé avec la télémétrie de chaque commande.</translation>
    </message>
    <message>
        <source>after commands, from a detached uploader process (Application Insights)</source>
        <translation>après les commandes, depuis un processus d’envoi détaché (Application Insights)</translation>
    </message>
    <message>
        <source>Nothing: with collect_telemetry = no no events are recorded or uploaded.</source>
        <translation>Rien : avec collect_telemetry = no, aucun événement n’est enregistré ni envoyé.</translation>
    </message>
    <message>
        <source>The documentation does not say that a value other than a boolean (for example maybe) silently switches telemetry off.</source>
        <translation>La documentation ne dit pas qu’une valeur non booléenne (par exemple maybe) désactive silencieusement la télémétrie.</translation>
    </message>
    <message>
        <source>az config set core.collect_telemetry=no rewrites ~/.azure/config and drops its comments.</source>
        <translation>az config set core.collect_telemetry=no réécrit ~/.azure/config et en supprime les commentaires.</translation>
    </message>
    <message>
        <source>The uploader&apos;s note of its last upload.</source>
        <translation>La note du processus d’envoi sur son dernier envoi.</translation>
    </message>
    <message>
        <source>The uploader&apos;s log.</source>
        <translation>Le journal du processus d’envoi.</translation>
    </message>
    <message>
        <source>With az config param-persist (use_local_config), a folder&apos;s own .azure/config can set collect_telemetry for commands run there.</source>
        <translation>Avec az config param-persist (use_local_config), le .azure/config propre à un dossier peut définir collect_telemetry pour les commandes qui y sont lancées.</translation>
    </message>
    <message>
        <source>AZURE_CORE_COLLECT_TELEMETRY in the environment beats the file.</source>
        <translation>AZURE_CORE_COLLECT_TELEMETRY dans l’environnement l’emporte sur le fichier.</translation>
    </message>
    <message>
        <source>The Shopify CLI counts only 1, true, TRUE, yes and YES as true; this value leaves analytics on.</source>
        <translation>La CLI Shopify ne compte comme vrais que 1, true, TRUE, yes et YES ; cette valeur laisse l’analyse active.</translation>
    </message>
    <message>
        <source>Sends the analytics event even when an opt-out variable is set.</source>
        <translation>Envoie l’événement d’analyse même quand une variable de refus est définie.</translation>
    </message>
    <message>
        <source>%2=%3 makes %1 send its analytics events even with SHOPIFY_CLI_NO_ANALYTICS set. Remove it.</source>
        <translation>%2=%3 fait envoyer à %1 ses événements d’analyse même avec SHOPIFY_CLI_NO_ANALYTICS défini. Supprimez-le.</translation>
    </message>
    <message>
        <source>Only 1, true, TRUE, yes or YES have an effect.</source>
        <translation>Seuls 1, true, TRUE, yes ou YES ont un effet.</translation>
    </message>
    <message>
        <source>The CLI&apos;s development mode sends no analytics.</source>
        <translation>Le mode développement de la CLI n’envoie aucune analyse.</translation>
    </message>
    <message>
        <source>Only the exact value development switches analytics off.</source>
        <translation>Seule la valeur exacte development désactive l’analyse.</translation>
    </message>
    <message>
        <source>false leaves telemetry on.</source>
        <translation>false laisse la télémétrie active.</translation>
    </message>
    <message>
        <source>0 leaves telemetry on.</source>
        <translation>0 laisse la télémétrie active.</translation>
    </message>
    <message>
        <source>%1 accepts only 1, true, 0 or false here; with this value every %1 command stops with &quot;Invalid value for environment variable&quot;.</source>
        <translation>%1 n’accepte ici que 1, true, 0 ou false ; avec cette valeur, toute commande %1 s’arrête avec « Invalid value for environment variable ».</translation>
    </message>
    <message>
        <source>In Debian&apos;s build exactly 0 switches the checkpoint on (HashiCorp&apos;s own builds read it the other way round).</source>
        <translation>Dans la version Debian, exactement 0 active le checkpoint (les versions de HashiCorp le lisent à l’inverse).</translation>
    </message>
    <message>
        <source>Debian&apos;s packer collects only with exactly 0; this value leaves it off (HashiCorp&apos;s own builds would read it as off too).</source>
        <translation>Le packer de Debian ne collecte qu’avec exactement 0 ; cette valeur le laisse désactivé (les versions de HashiCorp la liraient aussi comme désactivé).</translation>
    </message>
    <message>
        <source>An empty value stops it too.</source>
        <translation>Une valeur vide l’arrête aussi.</translation>
    </message>
    <message>
        <source>Only the exact value no stops popularity-contest; %3 takes part.</source>
        <translation>Seule la valeur exacte no arrête popularity-contest ; %3 participe.</translation>
    </message>
    <message>
        <source>%2=&quot;%3&quot; does not stop %1: only the exact value no does. Write %2=&quot;no&quot;.</source>
        <translation>%2=&quot;%3&quot; n’arrête pas %1 : seule la valeur exacte no le fait. Écrivez %2=&quot;no&quot;.</translation>
    </message>
    <message>
        <source>Any value other than no or empty takes part.</source>
        <translation>Toute valeur autre que no ou vide participe.</translation>
    </message>
    <message>
        <source>Not a boolean %1 understands: the error is swallowed and telemetry is silently off.</source>
        <translation>Pas un booléen que %1 comprend : l’erreur est ignorée et la télémétrie est silencieusement désactivée.</translation>
    </message>
    <message>
        <source>%2 = %3 is not a boolean %1 understands, so %1 silently stops collecting. Write no to make the choice explicit.</source>
        <translation>%2 = %3 n’est pas un booléen que %1 comprend, donc %1 cesse silencieusement de collecter. Écrivez no pour rendre le choix explicite.</translation>
    </message>
    <message>
        <source>Telemetry is forbidden in this cloud.</source>
        <translation>La télémétrie est interdite dans ce cloud.</translation>
    </message>
    <message>
        <source>This cloud does not change telemetry.</source>
        <translation>Ce cloud ne change rien à la télémétrie.</translation>
    </message>
    <message>
        <source>It prints the raw value without judging it: for a value that is not a boolean (for example maybe) telemetry is silently off.</source>
        <translation>Elle affiche la valeur brute sans la juger : pour une valeur non booléenne (par exemple maybe), la télémétrie est silencieusement désactivée.</translation>
    </message>
    <message>
        <source>Next.js collects by default and prints a notice once.</source>
        <translation>Next.js collecte par défaut et affiche une fois un avertissement.</translation>
    </message>
    <message>
        <source>A project&apos;s .env files can also set it for next dev and next build.</source>
        <translation>Les fichiers .env d&apos;un projet peuvent aussi la définir pour next dev et next build.</translation>
    </message>
    <message>
        <source>Prints events instead of sending them.</source>
        <translation>Affiche les événements au lieu de les envoyer.</translation>
    </message>
    <message>
        <source>64 random hex characters in config.json (telemetry.anonymousId) sent with every event: it links all your Next.js builds.</source>
        <translation>64 caractères hexadécimaux aléatoires dans config.json (telemetry.anonymousId), envoyés avec chaque événement : ils relient tous vos builds Next.js.</translation>
    </message>
    <message>
        <source>after next dev, next build and other commands</source>
        <translation>après next dev, next build et d&apos;autres commandes</translation>
    </message>
    <message>
        <source>Nothing from this home; inside Docker or CI Next.js does not read this file, so only NEXT_TELEMETRY_DISABLED switches it off there.</source>
        <translation>Rien depuis ce dossier personnel ; dans Docker ou en CI, Next.js ne lit pas ce fichier, seule NEXT_TELEMETRY_DISABLED le désactive alors.</translation>
    </message>
    <message>
        <source>The documentation says NEXT_TELEMETRY_DISABLED=1; any non-empty value, even 0 or false, switches Next.js telemetry off.</source>
        <translation>La documentation indique NEXT_TELEMETRY_DISABLED=1 ; toute valeur non vide, même 0 ou false, désactive la télémétrie de Next.js.</translation>
    </message>
    <message>
        <source>A config.json that is not valid JSON counts as empty (telemetry on) and is overwritten at the next run.</source>
        <translation>Un config.json qui n&apos;est pas du JSON valide compte comme vide (télémétrie active) et est écrasé à l&apos;exécution suivante.</translation>
    </message>
    <message>
        <source>Also holds telemetry.salt, never sent, which salts the project hash.</source>
        <translation>Contient aussi telemetry.salt, jamais envoyé, qui sale l&apos;empreinte du projet.</translation>
    </message>
    <message>
        <source>Inside Docker or CI Next.js keeps its settings in the project&apos;s cache folder and does not read this home&apos;s file: set NEXT_TELEMETRY_DISABLED=1 there.</source>
        <translation>Dans Docker ou en CI, Next.js garde ses réglages dans le dossier cache du projet et ne lit pas le fichier de ce dossier personnel : définissez-y NEXT_TELEMETRY_DISABLED=1.</translation>
    </message>
    <message>
        <source>A project&apos;s .env files can set NEXT_TELEMETRY_DISABLED for next dev and next build.</source>
        <translation>Les fichiers .env d&apos;un projet peuvent définir NEXT_TELEMETRY_DISABLED pour next dev et next build.</translation>
    </message>
    <message>
        <source>Inside Docker or CI Next.js does not read this file: set NEXT_TELEMETRY_DISABLED=1 there.</source>
        <translation>Dans Docker ou en CI, Next.js ne lit pas ce fichier : définissez-y NEXT_TELEMETRY_DISABLED=1.</translation>
    </message>
    <message>
        <source>Astro collects by default, in CI too, and prints a notice on the first interactive run.</source>
        <translation>Astro collecte par défaut, en CI aussi, et affiche un avertissement à la première exécution interactive.</translation>
    </message>
    <message>
        <source>An undocumented generic name that Astro also reads.</source>
        <translation>Un nom générique non documenté qu&apos;Astro lit aussi.</translation>
    </message>
    <message>
        <source>With astro:telemetry, astro:* or * events are logged instead of sent.</source>
        <translation>Avec astro:telemetry, astro:* ou *, les événements sont journalisés au lieu d&apos;être envoyés.</translation>
    </message>
    <message>
        <source>64 random hex characters in config.json (telemetry.anonymousId) sent with every event; in CI the CI&apos;s name is sent instead.</source>
        <translation>64 caractères hexadécimaux aléatoires dans config.json (telemetry.anonymousId), envoyés avec chaque événement ; en CI, le nom du service de CI est envoyé à la place.</translation>
    </message>
    <message>
        <source>after astro commands</source>
        <translation>après les commandes astro</translation>
    </message>
    <message>
        <source>The documentation names only ASTRO_TELEMETRY_DISABLED=1; TELEMETRY_DISABLED works too, and any non-empty value, even 0, switches Astro off.</source>
        <translation>La documentation ne cite que ASTRO_TELEMETRY_DISABLED=1 ; TELEMETRY_DISABLED fonctionne aussi, et toute valeur non vide, même 0, désactive Astro.</translation>
    </message>
    <message>
        <source>A config.json that is not valid JSON is rewritten as {} at once, telemetry on; a missing telemetry.enabled is written as true.</source>
        <translation>Un config.json qui n&apos;est pas du JSON valide est aussitôt réécrit en {}, télémétrie active ; un telemetry.enabled absent est écrit à true.</translation>
    </message>
    <message>
        <source>CI is no opt-out: Astro still sends, with the CI&apos;s name instead of the id.</source>
        <translation>La CI n&apos;est pas une désactivation : Astro envoie toujours, avec le nom du service de CI au lieu de l&apos;identifiant.</translation>
    </message>
    <message>
        <source>Nuxt sends nothing until you consent: an interactive nuxi dev asks once and saves the answer.</source>
        <translation>Nuxt n&apos;envoie rien tant que vous n&apos;avez pas consenti : un nuxi dev interactif pose la question une fois et enregistre la réponse.</translation>
    </message>
    <message>
        <source>telemetry=true turns Nuxt on past consent and telemetry.enabled.</source>
        <translation>telemetry=true active Nuxt, sans tenir compte du consentement ni de telemetry.enabled.</translation>
    </message>
    <message>
        <source>Only stops Nuxt&apos;s consent question; a saved consent still applies.</source>
        <translation>Supprime seulement la question de consentement de Nuxt ; un consentement enregistré reste valable.</translation>
    </message>
    <message>
        <source>Prints each event and still sends it.</source>
        <translation>Affiche chaque événement et l&apos;envoie quand même.</translation>
    </message>
    <message>
        <source>Sends the events to another address.</source>
        <translation>Envoie les événements à une autre adresse.</translation>
    </message>
    <message>
        <source>16 random hex characters saved in your .nuxtrc on the first run with consent.</source>
        <translation>16 caractères hexadécimaux aléatoires, enregistrés dans votre .nuxtrc à la première exécution avec consentement.</translation>
    </message>
    <message>
        <source>A hash of your project&apos;s git remote made without the seed: for a public repository anyone can tell which project it is.</source>
        <translation>Une empreinte du dépôt distant git de votre projet, calculée sans la graine : pour un dépôt public, n&apos;importe qui peut retrouver de quel projet il s&apos;agit.</translation>
    </message>
    <message>
        <source>during nuxi dev and nuxi build, once you consented</source>
        <translation>pendant nuxi dev et nuxi build, une fois votre consentement donné</translation>
    </message>
    <message>
        <source>Nothing; a project&apos;s .nuxtrc or nuxt.config telemetry key still decides inside that project.</source>
        <translation>Rien ; un .nuxtrc ou la clé telemetry du nuxt.config d&apos;un projet décide toujours dans ce projet.</translation>
    </message>
    <message>
        <source>The README says the data is not traceable thanks to a hash and seed; the project hash uses no seed.</source>
        <translation>Le README affirme que les données ne sont pas traçables grâce à une empreinte et une graine ; l&apos;empreinte du projet n&apos;utilise aucune graine.</translation>
    </message>
    <message>
        <source>The README names DO_NOT_TRACK=1; true works too, nothing else does.</source>
        <translation>Le README cite DO_NOT_TRACK=1 ; true fonctionne aussi, rien d&apos;autre.</translation>
    </message>
    <message>
        <source>Holds the consent and the seed; Nuxt rewrites it whole, without comments, mode 0600.</source>
        <translation>Contient le consentement et la graine ; Nuxt le réécrit entièrement, sans commentaires, en mode 0600.</translation>
    </message>
    <message>
        <source>A project&apos;s .nuxtrc, its workspace&apos;s .nuxtrc or the telemetry key of nuxt.config beat the files in your home.</source>
        <translation>Le .nuxtrc d&apos;un projet, celui de son espace de travail ou la clé telemetry du nuxt.config l&apos;emportent sur les fichiers de votre dossier personnel.</translation>
    </message>
    <message>
        <source>Nuxt asks for consent only in an interactive terminal outside CI, tests and Docker; elsewhere it stays off.</source>
        <translation>Nuxt ne demande le consentement que dans un terminal interactif hors CI, tests et Docker ; ailleurs il reste désactivé.</translation>
    </message>
    <message>
        <source>It says enabled whenever nothing disables Nuxt, although without consent nothing is sent; it ignores ~/.config/.nuxtrc and names ~/.nuxtrc even for a file under $XDG_CONFIG_HOME.</source>
        <translation>Elle indique enabled dès que rien ne désactive Nuxt, alors que sans consentement rien n&apos;est envoyé ; elle ignore ~/.config/.nuxtrc et cite ~/.nuxtrc même pour un fichier sous $XDG_CONFIG_HOME.</translation>
    </message>
    <message>
        <source>turbo collects by default; its first run writes a new id and salt and prints a notice.</source>
        <translation>turbo collecte par défaut ; sa première exécution écrit un nouvel identifiant et un sel et affiche un avertissement.</translation>
    </message>
    <message>
        <source>Hides only the first-run notice; telemetry stays on.</source>
        <translation>Masque seulement l&apos;avertissement de la première exécution ; la télémétrie reste active.</translation>
    </message>
    <message>
        <source>Prints each event; whether it is still sent is not known.</source>
        <translation>Affiche chaque événement ; on ne sait pas s&apos;il est quand même envoyé.</translation>
    </message>
    <message>
        <source>Moves the folder that holds turborepo/telemetry.json.</source>
        <translation>Déplace le dossier qui contient turborepo/telemetry.json.</translation>
    </message>
    <message>
        <source>A random id (a hash of a random salt and a uuid) kept in telemetry.json and sent with every event: it links all your turbo runs.</source>
        <translation>Un identifiant aléatoire (empreinte d&apos;un sel aléatoire et d&apos;un UUID) conservé dans telemetry.json et envoyé avec chaque événement : il relie toutes vos exécutions de turbo.</translation>
    </message>
    <message>
        <source>after turbo commands, in batches (exact path not confirmed)</source>
        <translation>après les commandes turbo, par lots (chemin exact non confirmé)</translation>
    </message>
    <message>
        <source>Nothing from turbo; telemetry.json keeps its id and salt.</source>
        <translation>Rien de turbo ; telemetry.json garde son identifiant et son sel.</translation>
    </message>
    <message>
        <source>turbo&apos;s telemetry document names only TURBO_TELEMETRY_DISABLED=1 and DO_NOT_TRACK=1; true also works, other spellings (TRUE, yes) do not, and TURBO_CONFIG_DIR_PATH is not mentioned.</source>
        <translation>Le document de télémétrie de turbo ne cite que TURBO_TELEMETRY_DISABLED=1 et DO_NOT_TRACK=1 ; true fonctionne aussi, les autres graphies (TRUE, yes) non, et TURBO_CONFIG_DIR_PATH n&apos;est pas mentionnée.</translation>
    </message>
    <message>
        <source>A telemetry.json that is not valid JSON is deleted and rewritten with telemetry on and a new id; one without telemetry_id or telemetry_salt is rejected and nothing is sent.</source>
        <translation>Un telemetry.json qui n&apos;est pas du JSON valide est supprimé et réécrit avec la télémétrie active et un nouvel identifiant ; un fichier sans telemetry_id ou telemetry_salt est rejeté et rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>Also holds telemetry_salt, never sent, which hashes task and package names.</source>
        <translation>Contient aussi telemetry_salt, jamais envoyé, qui sert à hacher les noms de tâches et de paquets.</translation>
    </message>
    <message>
        <source>turbo is usually a dependency of a project; every copy reads the same telemetry.json in your home.</source>
        <translation>turbo est généralement une dépendance d&apos;un projet ; chaque copie lit le même telemetry.json de votre dossier personnel.</translation>
    </message>
    <message>
        <source>turbo telemetry enable switches it on again; a telemetry.json that is not valid JSON is replaced with telemetry on.</source>
        <translation>turbo telemetry enable la réactive ; un telemetry.json qui n&apos;est pas du JSON valide est remplacé avec la télémétrie active.</translation>
    </message>
    <message>
        <source>Yarn 4 records usage by default, only in a terminal outside CI; Yarn 1 has no telemetry.</source>
        <translation>Yarn 4 enregistre l&apos;utilisation par défaut, seulement dans un terminal hors CI ; Yarn 1 n&apos;a pas de télémétrie.</translation>
    </message>
    <message>
        <source>Any variable whose lower-cased name is yarn_enable_telemetry counts too.</source>
        <translation>Toute variable dont le nom en minuscules est yarn_enable_telemetry compte aussi.</translation>
    </message>
    <message>
        <source>Changes the name of the project rc files; ~/.yarnrc.yml keeps its name.</source>
        <translation>Change le nom des fichiers rc des projets ; ~/.yarnrc.yml garde son nom.</translation>
    </message>
    <message>
        <source>An id you chose, recorded with your usage.</source>
        <translation>Un identifiant que vous avez choisi, enregistré avec votre utilisation.</translation>
    </message>
    <message>
        <source>An id you may set yourself (telemetryUserId); it names you in the recorded usage.</source>
        <translation>Un identifiant que vous pouvez définir vous-même (telemetryUserId) ; il vous désigne dans l&apos;utilisation enregistrée.</translation>
    </message>
    <message>
        <source>never in Yarn 4.18.1: its weekly upload code cannot run</source>
        <translation>jamais dans Yarn 4.18.1 : son code d&apos;envoi hebdomadaire ne peut pas s&apos;exécuter</translation>
    </message>
    <message>
        <source>Nothing; already recorded usage stays in telemetry.json until you delete it.</source>
        <translation>Rien ; l&apos;utilisation déjà enregistrée reste dans telemetry.json jusqu&apos;à ce que vous la supprimiez.</translation>
    </message>
    <message>
        <source>Yarn records usage in telemetry.json but its upload code is unreachable: nothing has been sent.</source>
        <translation>Yarn enregistre l&apos;utilisation dans telemetry.json mais son code d&apos;envoi est inaccessible : rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The documentation says reports are sent weekly; Yarn 4.18.1 collects them in telemetry.json and its upload loop never runs.</source>
        <translation>La documentation dit que les rapports sont envoyés chaque semaine ; Yarn 4.18.1 les accumule dans telemetry.json et sa boucle d&apos;envoi ne s&apos;exécute jamais.</translation>
    </message>
    <message>
        <source>yarn config set --home sorts keys, drops comments and adds blank lines; Telemetry Lens edits the one line.</source>
        <translation>yarn config set --home trie les clés, supprime les commentaires et ajoute des lignes vides ; Telemetry Lens modifie la seule ligne concernée.</translation>
    </message>
    <message>
        <source>Usage collected for the weekly report: command names, plugin names, hit counts, hashed project paths. Never uploaded by Yarn 4.18.1.</source>
        <translation>Utilisation collectée pour le rapport hebdomadaire : noms de commandes, noms de plugins, compteurs, chemins de projets hachés. Jamais envoyée par Yarn 4.18.1.</translation>
    </message>
    <message>
        <source>Yarn records usage only when its output is a terminal.</source>
        <translation>Yarn n&apos;enregistre l&apos;utilisation que lorsque sa sortie est un terminal.</translation>
    </message>
    <message>
        <source>In CI Yarn records nothing.</source>
        <translation>En CI, Yarn n&apos;enregistre rien.</translation>
    </message>
    <message>
        <source>A .yarnrc.yml in a project or any folder above it beats the one in your home.</source>
        <translation>Un .yarnrc.yml dans un projet ou un dossier parent l&apos;emporte sur celui de votre dossier personnel.</translation>
    </message>
    <message>
        <source>A project&apos;s .yarnrc.yml with enableTelemetry: true still switches it on inside that project.</source>
        <translation>Le .yarnrc.yml d&apos;un projet avec enableTelemetry: true la réactive tout de même dans ce projet.</translation>
    </message>
    <message>
        <source>It shows only the setting, not that Yarn records only in a terminal outside CI, nor that nothing is ever uploaded.</source>
        <translation>Elle n&apos;affiche que le réglage, ni le fait que Yarn n&apos;enregistre que dans un terminal hors CI, ni que rien n&apos;est jamais envoyé.</translation>
    </message>
    <message>
        <source>The Ionic CLI sends metrics for every command run in a terminal outside CI, unless its config says exactly false.</source>
        <translation>L&apos;Ionic CLI envoie des métriques pour chaque commande lancée dans un terminal hors CI, sauf si sa configuration indique exactement false.</translation>
    </message>
    <message>
        <source>Moves the folder that holds config.json.</source>
        <translation>Déplace le dossier qui contient config.json.</translation>
    </message>
    <message>
        <source>A random uuid in config.json (tokens.telemetry) sent as the session id of every metric.</source>
        <translation>Un UUID aléatoire dans config.json (tokens.telemetry), envoyé comme identifiant de session de chaque métrique.</translation>
    </message>
    <message>
        <source>When you are logged in, every metric carries your account&apos;s bearer token: it names your Ionic account.</source>
        <translation>Lorsque vous êtes connecté, chaque métrique porte le jeton d&apos;accès de votre compte : il désigne votre compte Ionic.</translation>
    </message>
    <message>
        <source>after each command, from a helper process</source>
        <translation>après chaque commande, depuis un processus auxiliaire</translation>
    </message>
    <message>
        <source>Nothing: with telemetry false the helper process is not started.</source>
        <translation>Rien : avec telemetry à false, le processus auxiliaire n&apos;est pas lancé.</translation>
    </message>
    <message>
        <source>ionic config set telemetry looks like a boolean switch, but only the JSON boolean false stops the metrics: &quot;false&quot;, 0 or null still send.</source>
        <translation>ionic config set telemetry ressemble à un interrupteur booléen, mais seul le booléen JSON false arrête les métriques : &quot;false&quot;, 0 ou null envoient toujours.</translation>
    </message>
    <message>
        <source>A config.json that is not valid JSON is silently replaced with the defaults, telemetry on.</source>
        <translation>Un config.json qui n&apos;est pas du JSON valide est remplacé sans avertissement par les valeurs par défaut, télémétrie active.</translation>
    </message>
    <message>
        <source>Also holds the login token (tokens.user), which is never shown.</source>
        <translation>Contient aussi le jeton de connexion (tokens.user), qui n&apos;est jamais affiché.</translation>
    </message>
    <message>
        <source>The log of the helper process that sends the metrics.</source>
        <translation>Le journal du processus auxiliaire qui envoie les métriques.</translation>
    </message>
    <message>
        <source>Metrics are sent only when the command runs in a terminal.</source>
        <translation>Les métriques ne sont envoyées que si la commande s&apos;exécute dans un terminal.</translation>
    </message>
    <message>
        <source>In CI the Ionic CLI sends nothing.</source>
        <translation>En CI, l&apos;Ionic CLI n&apos;envoie rien.</translation>
    </message>
    <message>
        <source>It prints the raw value: &quot;false&quot;, 0 or null look off, but the Ionic CLI still sends; only the JSON boolean false stops it.</source>
        <translation>Elle affiche la valeur brute : &quot;false&quot;, 0 ou null semblent désactivés, mais l&apos;Ionic CLI envoie toujours ; seul le booléen JSON false l&apos;arrête.</translation>
    </message>
    <message>
        <source>%1 honours only exactly 1 or true here; this value is ignored.</source>
        <translation>%1 ne tient compte ici que de 1 ou true exactement ; cette valeur est ignorée.</translation>
    </message>
    <message>
        <source>Only the JSON boolean false switches %1 off; this value leaves it on.</source>
        <translation>Seul le booléen JSON false désactive %1 ; cette valeur le laisse actif.</translation>
    </message>
    <message>
        <source>%2 is %3, which %1 does not take as false: telemetry stays on. Write the JSON boolean false, without quotes.</source>
        <translation>%2 vaut %3, que %1 ne prend pas pour false : la télémétrie reste active. Écrivez le booléen JSON false, sans guillemets.</translation>
    </message>
    <message>
        <source>%1 cannot read this value, rejects the whole file and sends nothing.</source>
        <translation>%1 ne peut pas lire cette valeur, rejette tout le fichier et n&apos;envoie rien.</translation>
    </message>
    <message>
        <source>%2 is %3, which %1 cannot read: it rejects its telemetry file and sends nothing, but a repaired file switches telemetry on again. Write false.</source>
        <translation>%2 vaut %3, que %1 ne sait pas lire : il rejette son fichier de télémétrie et n&apos;envoie rien, mais un fichier réparé réactive la télémétrie. Écrivez false.</translation>
    </message>
    <message>
        <source>An empty value: %1 stops with &quot;Non-nullable configuration settings cannot be set to null&quot;.</source>
        <translation>Une valeur vide : %1 s&apos;arrête avec « Non-nullable configuration settings cannot be set to null ».</translation>
    </message>
    <message>
        <source>%1 accepts exactly true, 1, false or 0 here; this value makes every yarn command fail.</source>
        <translation>%1 accepte ici exactement true, 1, false ou 0 ; cette valeur fait échouer toutes les commandes yarn.</translation>
    </message>
    <message>
        <source>A quoted string, not the boolean false: it does not switch %1 off.</source>
        <translation>Une chaîne entre guillemets, pas le booléen false : elle ne désactive pas %1.</translation>
    </message>
    <message>
        <source>%2=%3 is a quoted string, which %1 does not take as false. Write %2=false without quotes.</source>
        <translation>%2=%3 est une chaîne entre guillemets, que %1 ne prend pas pour false. Écrivez %2=false sans guillemets.</translation>
    </message>
    <message>
        <source>Only false switches %1 off here; this value does not decide.</source>
        <translation>Seul false désactive %1 ici ; cette valeur ne décide pas.</translation>
    </message>
    <message>
        <source>Turns %1 on, past its consent question and telemetry.enabled.</source>
        <translation>Active %1, sans tenir compte de sa question de consentement ni de telemetry.enabled.</translation>
    </message>
    <message>
        <source>Only true or false decide here; this value is ignored.</source>
        <translation>Seuls true ou false décident ici ; cette valeur est ignorée.</translation>
    </message>
    <message>
        <source>Angular&apos;s analytics are opt-in: an interactive ng command asks once (default No) and saves the answer; without a terminal or in CI it never asks and sends nothing.</source>
        <translation>Les statistiques d&apos;Angular sont facultatives : une commande ng interactive pose la question une fois (Non par défaut) et enregistre la réponse ; sans terminal ou en CI, elle ne demande rien et n&apos;envoie rien.</translation>
    </message>
    <message>
        <source>The first global file that exists is the only one read; a project&apos;s angular.json decides inside that project unless this one says false.</source>
        <translation>Seul le premier fichier global existant est lu ; l&apos;angular.json d&apos;un projet décide dans ce projet, sauf si ce fichier-ci indique false.</translation>
    </message>
    <message>
        <source>Makes ng treat its output as a terminal, so it may ask the analytics question.</source>
        <translation>Fait traiter la sortie de ng comme un terminal : il peut alors poser la question des statistiques.</translation>
    </message>
    <message>
        <source>The user id in cli.analytics: a random UUID sent to Google Analytics as both client id and user id with every command, for as long as the file keeps it.</source>
        <translation>L&apos;identifiant utilisateur dans cli.analytics : un UUID aléatoire envoyé à Google Analytics comme identifiant client et utilisateur à chaque commande, tant que le fichier le conserve.</translation>
    </message>
    <message>
        <source>after each ng command once you agreed (Google Analytics 4, measurement G-VETNJBW8L4)</source>
        <translation>après chaque commande ng, une fois votre accord donné (Google Analytics 4, mesure G-VETNJBW8L4)</translation>
    </message>
    <message>
        <source>Nothing: with cli.analytics set to false ng sends no analytics. A project&apos;s angular.json cannot switch them back on.</source>
        <translation>Rien : avec cli.analytics à false, ng n&apos;envoie aucune statistique. L&apos;angular.json d&apos;un projet ne peut pas les réactiver.</translation>
    </message>
    <message>
        <source>The prompt calls the data pseudonymous; the user id is a persistent Google Analytics user id.</source>
        <translation>La question qualifie les données de pseudonymes ; l&apos;identifiant est un identifiant utilisateur Google Analytics permanent.</translation>
    </message>
    <message>
        <source>ng analytics info&apos;s Global setting line does not match what ng does for true, &quot;&quot; and {&quot;uid&quot;: ...}.</source>
        <translation>La ligne « Global setting » de ng analytics info ne correspond pas à ce que fait ng pour true, &quot;&quot; et {&quot;uid&quot;: ...}.</translation>
    </message>
    <message>
        <source>Without an answer saved, ng asks only in an interactive terminal; CI=1 or true means no terminal.</source>
        <translation>Sans réponse enregistrée, ng ne demande que dans un terminal interactif ; CI=1 ou true signifie pas de terminal.</translation>
    </message>
    <message>
        <source>Inside a workspace its angular.json&apos;s cli.analytics decides, unless the global file says false.</source>
        <translation>Dans un espace de travail, le cli.analytics de son angular.json décide, sauf si le fichier global indique false.</translation>
    </message>
    <message>
        <source>Telemetry Lens writes the global file ng reads first; without one it creates ~/.angular-config.json as ng analytics disable --global does.</source>
        <translation>Telemetry Lens écrit le fichier global que ng lit en premier ; s&apos;il n&apos;y en a pas, il crée ~/.angular-config.json comme ng analytics disable --global.</translation>
    </message>
    <message>
        <source>Its &quot;Global setting&quot; line is wrong: true and &quot;&quot; show enabled while nothing is sent, and {&quot;uid&quot;: ...} shows not set while analytics are on. Only &quot;Effective status&quot; is right.</source>
        <translation>Sa ligne « Global setting » est fausse : true et &quot;&quot; affichent enabled alors que rien n&apos;est envoyé, et {&quot;uid&quot;: ...} affiche not set alors que les statistiques sont actives. Seul « Effective status » est juste.</translation>
    </message>
    <message>
        <source>Wrangler collects by default: its first run saves permission.enabled: true with the date and a device id.</source>
        <translation>Wrangler collecte par défaut : sa première exécution enregistre permission.enabled: true avec la date et un identifiant d&apos;appareil.</translation>
    </message>
    <message>
        <source>Checked first; a bad WRANGLER_SEND_METRICS is then not even read.</source>
        <translation>Vérifié en premier ; un WRANGLER_SEND_METRICS invalide n&apos;est alors même pas lu.</translation>
    </message>
    <message>
        <source>The legacy folder ~/.wrangler wins over the XDG one whenever it exists.</source>
        <translation>L&apos;ancien dossier ~/.wrangler l&apos;emporte sur celui de XDG dès qu&apos;il existe.</translation>
    </message>
    <message>
        <source>Separate error reports; off unless set to true.</source>
        <translation>Rapports d&apos;erreurs séparés ; désactivés sauf valeur true.</translation>
    </message>
    <message>
        <source>A random id in metrics.json (deviceId) sent with every event; it stays when you opt out.</source>
        <translation>Un identifiant aléatoire dans metrics.json (deviceId), envoyé avec chaque événement ; il reste après la désactivation.</translation>
    </message>
    <message>
        <source>Nothing; the debug logs in logs/ are still written locally.</source>
        <translation>Rien ; les journaux de débogage dans logs/ sont toujours écrits localement.</translation>
    </message>
    <message>
        <source>The command-line hint says WRANGLER_SEND_METRICS=true/false; any other value, even 0 or 1, stops every command.</source>
        <translation>L&apos;aide en ligne de commande indique WRANGLER_SEND_METRICS=true/false ; toute autre valeur, même 0 ou 1, arrête chaque commande.</translation>
    </message>
    <message>
        <source>Debug logs of every command.</source>
        <translation>Journaux de débogage de chaque commande.</translation>
    </message>
    <message>
        <source>A project&apos;s wrangler.toml or wrangler.json send_metrics decides for commands run there, after the variables and before metrics.json.</source>
        <translation>Le send_metrics du wrangler.toml ou wrangler.json d&apos;un projet décide pour les commandes lancées là, après les variables et avant metrics.json.</translation>
    </message>
    <message>
        <source>Wrangler keeps enabled: false only next to a current date; Telemetry Lens writes both, as wrangler telemetry disable does.</source>
        <translation>Wrangler ne conserve enabled: false qu&apos;à côté d&apos;une date actuelle ; Telemetry Lens écrit les deux, comme wrangler telemetry disable.</translation>
    </message>
    <message>
        <source>It prints Enabled for &quot;enabled&quot;: null, which Wrangler treats as off, and it first resets an undated false to true.</source>
        <translation>Elle affiche Enabled pour &quot;enabled&quot;: null, que Wrangler traite comme désactivé, et remet d&apos;abord à true un false sans date.</translation>
    </message>
    <message>
        <source>Capacitor collects by default: with no answer saved, its first successful interactive command saves telemetry: true and sends.</source>
        <translation>Capacitor collecte par défaut : sans réponse enregistrée, sa première commande interactive réussie enregistre telemetry: true et envoie.</translation>
    </message>
    <message>
        <source>A random id in sysconfig.json sent as session_id with every event; it stays when you opt out.</source>
        <translation>Un identifiant aléatoire dans sysconfig.json, envoyé comme session_id avec chaque événement ; il reste après la désactivation.</translation>
    </message>
    <message>
        <source>Sends only when standard input, output and error are all terminals.</source>
        <translation>N&apos;envoie que si l&apos;entrée, la sortie et l&apos;erreur standard sont toutes des terminaux.</translation>
    </message>
    <message>
        <source>Sends nothing when CI, BUILD_ID, BUILD_NUMBER, BITBUCKET_COMMIT, CODEBUILD_BUILD_ARN or GITHUB_ACTIONS is non-empty.</source>
        <translation>N&apos;envoie rien si CI, BUILD_ID, BUILD_NUMBER, BITBUCKET_COMMIT, CODEBUILD_BUILD_ARN ou GITHUB_ACTIONS n&apos;est pas vide.</translation>
    </message>
    <message>
        <source>With nothing saved it says telemetry is off, while the next interactive command switches it on.</source>
        <translation>Sans valeur enregistrée, elle dit la télémétrie désactivée, alors que la prochaine commande interactive l&apos;active.</translation>
    </message>
    <message>
        <source>Firebase&apos;s usage reports are opt-in: firebase login asks and saves the answer as usage.</source>
        <translation>Les rapports d&apos;utilisation de Firebase sont facultatifs : firebase login pose la question et enregistre la réponse dans usage.</translation>
    </message>
    <message>
        <source>The same file holds your login tokens; Telemetry Lens never shows them.</source>
        <translation>Le même fichier contient vos jetons de connexion ; Telemetry Lens ne les affiche jamais.</translation>
    </message>
    <message>
        <source>The MCP server mode also sends usage reports when usage is on.</source>
        <translation>Le mode serveur MCP envoie lui aussi des rapports quand usage est actif.</translation>
    </message>
    <message>
        <source>A random Google Analytics client id (analytics-uuid) sent with every report; it stays when you opt out.</source>
        <translation>Un identifiant client Google Analytics aléatoire (analytics-uuid), envoyé avec chaque rapport ; il reste après la désactivation.</translation>
    </message>
    <message>
        <source>after commands and emulator use, once usage is on</source>
        <translation>après les commandes et l&apos;utilisation des émulateurs, une fois usage actif</translation>
    </message>
    <message>
        <source>Nothing from the CLI; the VS Code extension&apos;s session is said to ignore usage (not verified).</source>
        <translation>Rien depuis la CLI ; la session de l&apos;extension VS Code ignorerait usage (non vérifié).</translation>
    </message>
    <message>
        <source>Also holds your login tokens and e-mail address.</source>
        <translation>Contient aussi vos jetons de connexion et votre adresse e-mail.</translation>
    </message>
    <message>
        <source>Firebase has no disable command; firebase logout also removes usage together with the login.</source>
        <translation>Firebase n&apos;a pas de commande de désactivation ; firebase logout supprime usage avec la connexion.</translation>
    </message>
    <message>
        <source>EAS collects by default.</source>
        <translation>EAS collecte par défaut.</translation>
    </message>
    <message>
        <source>A random Rudderstack anonymous id (analyticsDeviceId) sent with every event; eas analytics off creates it too.</source>
        <translation>Un identifiant anonyme Rudderstack aléatoire (analyticsDeviceId), envoyé avec chaque événement ; eas analytics off le crée aussi.</translation>
    </message>
    <message>
        <source>after eas commands</source>
        <translation>après les commandes eas</translation>
    </message>
    <message>
        <source>The login session EAS shares with Expo.</source>
        <translation>La session de connexion qu&apos;EAS partage avec Expo.</translation>
    </message>
    <message>
        <source>With nothing saved it says analytics are disabled, while EAS sends them.</source>
        <translation>Sans valeur enregistrée, elle dit les statistiques désactivées, alors qu&apos;EAS les envoie.</translation>
    </message>
    <message>
        <source>Netlify collects by default, outside CI.</source>
        <translation>Netlify collecte par défaut, hors CI.</translation>
    </message>
    <message>
        <source>The legacy file is read only as defaults under the current one, which Netlify rewrites with the merged result at every start.</source>
        <translation>L&apos;ancien fichier ne sert que de valeurs par défaut sous le fichier actuel, que Netlify réécrit avec le résultat fusionné à chaque démarrage.</translation>
    </message>
    <message>
        <source>A random id (cliId) sent as the anonymous id with every event; it stays when you opt out.</source>
        <translation>Un identifiant aléatoire (cliId), envoyé comme identifiant anonyme avec chaque événement ; il reste après la désactivation.</translation>
    </message>
    <message>
        <source>Your Netlify account id, sent as userId once you logged in; identify events also send your name and e-mail address.</source>
        <translation>L&apos;identifiant de votre compte Netlify, envoyé comme userId une fois connecté ; les événements identify envoient aussi votre nom et votre adresse e-mail.</translation>
    </message>
    <message>
        <source>In CI (as ci-info detects it) Netlify sends nothing.</source>
        <translation>En CI (telle que ci-info la détecte), Netlify n&apos;envoie rien.</translation>
    </message>
    <message>
        <source>Vercel&apos;s CLI collects by default.</source>
        <translation>La CLI de Vercel collecte par défaut.</translation>
    </message>
    <message>
        <source>The first of these folders that exists is Vercel&apos;s; --global-config moves it for one run.</source>
        <translation>Le premier de ces dossiers qui existe est celui de Vercel ; --global-config le déplace pour une exécution.</translation>
    </message>
    <message>
        <source>When set, Vercel also looks for com.vercel.cli and now folders there.</source>
        <translation>Si elle est définie, Vercel cherche aussi des dossiers com.vercel.cli et now à ces endroits.</translation>
    </message>
    <message>
        <source>A random id in telemetry-device.json sent with every event.</source>
        <translation>Un identifiant aléatoire dans telemetry-device.json, envoyé avec chaque événement.</translation>
    </message>
    <message>
        <source>Events carry your user, team and project ids once you are logged in.</source>
        <translation>Une fois connecté, les événements portent vos identifiants d&apos;utilisateur, d&apos;équipe et de projet.</translation>
    </message>
    <message>
        <source>Your login token.</source>
        <translation>Votre jeton de connexion.</translation>
    </message>
    <message>
        <source>It reads only the config file: with VERCEL_TELEMETRY_DISABLED set it still prints Enabled.</source>
        <translation>Elle ne lit que le fichier de configuration : avec VERCEL_TELEMETRY_DISABLED défini, elle affiche quand même Enabled.</translation>
    </message>
    <message>
        <source>Only 0 or false (any case) switch Angular&apos;s analytics off; 1 or true do not switch them on.</source>
        <translation>Seuls 0 ou false (toute casse) désactivent les statistiques d&apos;Angular ; 1 ou true ne les activent pas.</translation>
    </message>
    <message>
        <source>Wrangler honours only 1 or true (any case) here; this value is ignored.</source>
        <translation>Wrangler ne respecte ici que 1 ou true (toute casse) ; cette valeur est ignorée.</translation>
    </message>
    <message>
        <source>Wrangler accepts only true or false here; any other value, even empty, 0 or 1, stops every command with an error.</source>
        <translation>Wrangler n&apos;accepte ici que true ou false ; toute autre valeur, même vide, 0 ou 1, arrête chaque commande sur une erreur.</translation>
    </message>
    <message>
        <source>Any non-empty value switches it off, even 0 or false.</source>
        <translation>Toute valeur non vide désactive, même 0 ou false.</translation>
    </message>
    <message>
        <source>%2=%3 switches %1 off, and the next eas command also writes &quot;analyticsEnabled&quot;: false into its settings file: removing %2 later does not switch analytics back on.</source>
        <translation>%2=%3 désactive %1, et la prochaine commande eas écrit aussi &quot;analyticsEnabled&quot;: false dans son fichier de réglages : retirer %2 plus tard ne réactive pas les statistiques.</translation>
    </message>
    <message>
        <source>With a proxy in the lower-case https_proxy EAS sends no analytics; HTTPS_PROXY does not count.</source>
        <translation>Avec un proxy dans https_proxy en minuscules, EAS n&apos;envoie aucune statistique ; HTTPS_PROXY ne compte pas.</translation>
    </message>
    <message>
        <source>tool %1 has an invalid files_matching expression</source>
        <translation>l’outil %1 a une expression files_matching invalide</translation>
    </message>
    <message>
        <source>the opt-out file of %1 has an &quot;also&quot; without a path or a valid files_matching</source>
        <translation>le fichier de désactivation de %1 a un « also » sans chemin ou sans files_matching valide</translation>
    </message>
    <message>
        <source>The server keeps a machine&apos;s report for at most 20 days or until the next one, so stopping the reports lets it expire.</source>
        <translation>Le serveur garde le rapport d’une machine au plus 20 jours ou jusqu’au suivant : cesser les rapports le laisse expirer.</translation>
    </message>
    <message>
        <source>Every file ending in .conf in this folder, read in name order after /etc/popularity-contest.conf (run-parts --list --regex &apos;\.conf$&apos;): the last that sets PARTICIPATE wins.</source>
        <translation>Chaque fichier en .conf de ce dossier, lu dans l’ordre des noms après /etc/popularity-contest.conf (run-parts --list --regex &apos;\.conf$&apos;) : le dernier qui définit PARTICIPATE l’emporte.</translation>
    </message>
    <message>
        <source>A permanent random id of this machine (MY_HOSTID), sent with every weekly report: it links all reports of this computer, with the list of every installed package and when it was last used. It also lets anyone who knows it send reports in this machine&apos;s name, so Debian asks to keep it secret and Telemetry Lens does not show it.</source>
        <translation>Un identifiant aléatoire permanent de cette machine (MY_HOSTID), envoyé avec chaque rapport hebdomadaire : il relie tous les rapports de cet ordinateur, avec la liste de tous les paquets installés et leur dernière utilisation. Quiconque le connaît peut aussi envoyer des rapports au nom de cette machine : Debian demande donc de le garder secret, et Telemetry Lens ne l’affiche pas.</translation>
    </message>
    <message>
        <source>A telemetry=true or telemetry.enabled=true in ~/.config/.nuxtrc beats this file; the opt-out then also sets NUXT_TELEMETRY_DISABLED=1, which Nuxt reads first.</source>
        <translation>Un telemetry=true ou telemetry.enabled=true dans ~/.config/.nuxtrc l’emporte sur ce fichier ; la désactivation définit alors aussi NUXT_TELEMETRY_DISABLED=1, que Nuxt lit en premier.</translation>
    </message>
    <message>
        <source>tool %1 has the default %2; it must be enabled or disabled</source>
        <translation>l’outil %1 a la valeur par défaut %2 ; elle doit être enabled ou disabled</translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <source>%1 now leads to %2 instead of %3; it was left unchanged. Plan again.</source>
        <translation>%1 mène désormais à %2 au lieu de %3 ; il n&apos;a pas été modifié. Refaites le plan.</translation>
    </message>
    <message>
        <source>%1 leads to %2, outside %3; it was left unchanged.</source>
        <translation>%1 mène à %2, hors de %3 ; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was created, removed or replaced since the plan was made; it was left unchanged. Plan again.</source>
        <translation>%1 a été créé, supprimé ou remplacé depuis l&apos;établissement du plan ; il n&apos;a pas été modifié. Refaites le plan.</translation>
    </message>
    <message>
        <source>%1 changed since the plan was made; it was left unchanged. Plan again.</source>
        <translation>%1 a changé depuis l&apos;établissement du plan ; il n&apos;a pas été modifié. Refaites le plan.</translation>
    </message>
    <message>
        <source>%1 is read-only; it was left unchanged. Make it writable if you want Telemetry Lens to change it.</source>
        <translation>%1 est en lecture seule ; il n&apos;a pas été modifié. Rendez-le accessible en écriture si vous voulez que Telemetry Lens le modifie.</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created: %2 is not a folder.</source>
        <translation>Impossible de créer le dossier de %1 : %2 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>The backup of %1 could not be written to %2 (%3); nothing was changed.</source>
        <translation>La sauvegarde de %1 n&apos;a pas pu être écrite dans %2 (%3) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>it did not read back as written</source>
        <translation>sa relecture ne correspond pas à ce qui a été écrit</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>%1 n&apos;a pas pu être écrit : %2.</translation>
    </message>
    <message>
        <source>%1 written.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>%1 is no longer a plain file at %2; it was left alone.</source>
        <translation>%1 n&apos;est plus un simple fichier à l&apos;emplacement %2 ; il n&apos;a pas été touché.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); it was left alone.</source>
        <translation>%1 n&apos;a pas pu être lu (%2) ; il n&apos;a pas été touché.</translation>
    </message>
    <message>
        <source>%1 already has its previous content.</source>
        <translation>%1 a déjà son contenu précédent.</translation>
    </message>
    <message>
        <source>%1 was changed by something else after %2, so it was not restored. Its previous content is kept in %3; copy it back by hand if you want it.</source>
        <translation>%1 a été modifié par autre chose après %2 ; il n&apos;a donc pas été restauré. Son contenu précédent est conservé dans %3 ; recopiez-le à la main si vous le souhaitez.</translation>
    </message>
    <message>
        <source>(none: the file did not exist)</source>
        <translation>(aucune : le fichier n&apos;existait pas)</translation>
    </message>
    <message>
        <source>The backup of %1 (%2) is missing or damaged, so it was not restored.</source>
        <translation>La sauvegarde de %1 (%2) est absente ou endommagée ; le fichier n&apos;a donc pas été restauré.</translation>
    </message>
    <message>
        <source>%1 is read-only now; make it writable and run undo again.</source>
        <translation>%1 est maintenant en lecture seule ; rendez-le accessible en écriture et relancez undo.</translation>
    </message>
    <message>
        <source>%1 could not be restored (%2); run undo again once that is fixed.</source>
        <translation>%1 n&apos;a pas pu être restauré (%2) ; relancez undo une fois le problème corrigé.</translation>
    </message>
    <message>
        <source>%1 did not read back as its previous content after restoring; check it by hand.</source>
        <translation>Après restauration, la relecture de %1 ne correspond pas à son contenu précédent ; vérifiez-le à la main.</translation>
    </message>
    <message>
        <source>%1 could not be removed (%2).</source>
        <translation>%1 n&apos;a pas pu être supprimé (%2).</translation>
    </message>
    <message>
        <source>%1 restored.</source>
        <translation>%1 restauré.</translation>
    </message>
    <message>
        <source>%1 was not written: the change was interrupted before it.</source>
        <translation>%1 n&apos;a pas été écrit : la modification a été interrompue avant.</translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <source>interrupted while applying</source>
        <translation>interrompu pendant l&apos;application</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliqué</translation>
    </message>
    <message>
        <source>partly applied</source>
        <translation>partiellement appliqué</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>partly undone</source>
        <translation>partiellement annulé</translation>
    </message>
    <message>
        <source>not confirmed written</source>
        <translation>écriture non confirmée</translation>
    </message>
    <message>
        <source>written</source>
        <translation>écrit</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>non écrit</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restauré</translation>
    </message>
    <message>
        <source>changed since; left alone</source>
        <translation>modifié depuis ; laissé tel quel</translation>
    </message>
    <message>
        <source>The folder %1 could not be created; check its permissions.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé ; vérifiez ses droits d&apos;accès.</translation>
    </message>
    <message>
        <source>The change journal %1 could not be written (%2); nothing was changed.</source>
        <translation>Le journal des modifications %1 n&apos;a pas pu être écrit (%2) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The change journal %1 is damaged and was skipped.</source>
        <translation>Le journal des modifications %1 est endommagé et a été ignoré.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No account of yours exists in %1/etc/passwd. Name the account with --home (for example --home /home/alice), or use audit --all-users.</source>
        <translation>Aucun compte à votre nom n&apos;existe dans %1/etc/passwd. Désignez le compte avec --home (par exemple --home /home/alice), ou utilisez audit --all-users.</translation>
    </message>
    <message>
        <source>No account was found to examine. Name it with --home PATH.</source>
        <translation>Aucun compte à examiner n&apos;a été trouvé. Désignez-le avec --home CHEMIN.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another --output path.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Choisissez un autre chemin pour --output.</translation>
    </message>
    <message>
        <source>Show each tool&apos;s telemetry state for your account, and why.</source>
        <translation>Affiche l&apos;état de la télémétrie de chaque outil pour votre compte, et pourquoi.</translation>
    </message>
    <message>
        <source>Print the result as JSON (schema_version 1).</source>
        <translation>Affiche le résultat en JSON (schema_version 1).</translation>
    </message>
    <message>
        <source>status takes no arguments, only options.</source>
        <translation>status n&apos;accepte aucun argument, seulement des options.</translation>
    </message>
    <message>
        <source>Report on the accounts of a machine and its machine-wide telemetry data.</source>
        <translation>Produit un rapport sur les comptes d&apos;une machine et ses données de télémétrie communes.</translation>
    </message>
    <message>
        <source>Every account with a home directory (from /etc/passwd, else /home/*).</source>
        <translation>Tous les comptes ayant un dossier personnel (d&apos;après /etc/passwd, sinon /home/*).</translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>Format de sortie : %1.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of standard output.</source>
        <translation>Écrit le rapport dans FICHIER au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Exit with status 1 when any tool is collecting.</source>
        <translation>Termine avec le code 1 si un outil collecte.</translation>
    </message>
    <message>
        <source>Same as --format json.</source>
        <translation>Équivaut à --format json.</translation>
    </message>
    <message>
        <source>audit takes no arguments, only options.</source>
        <translation>audit n&apos;accepte aucun argument, seulement des options.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use one of %2.</source>
        <translation>format « %1 » inconnu ; utilisez l&apos;un de ceux-ci : %2.</translation>
    </message>
    <message>
        <source>Show one tool in detail: every input in precedence order, stored reports, identifiers, and what it would send.</source>
        <translation>Affiche un outil en détail : chaque entrée par ordre de priorité, les rapports enregistrés, les identifiants et ce qu&apos;il enverrait.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Au choix : %1.</translation>
    </message>
    <message>
        <source>List what was sent: the stored reports.</source>
        <translation>Liste ce qui a été envoyé : les rapports enregistrés.</translation>
    </message>
    <message>
        <source>Show the next report this machine would send, and what is still sent after opting out.</source>
        <translation>Affiche le prochain rapport que cette machine enverrait, et ce qui est encore envoyé après la désactivation.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Affiche du JSON.</translation>
    </message>
    <message>
        <source>name exactly one tool: %1.</source>
        <translation>indiquez exactement un outil : %1.</translation>
    </message>
    <message>
        <source>unknown tool &quot;%1&quot;; use one of %2.</source>
        <translation>outil « %1 » inconnu ; utilisez l&apos;un de ceux-ci : %2.</translation>
    </message>
    <message>
        <source>Report on every account and the machine (text, JSON, CSV or HTML).</source>
        <translation>Rapport sur tous les comptes et la machine (texte, JSON, CSV ou HTML).</translation>
    </message>
    <message>
        <source>Show one tool in detail: inputs, stored reports, what it would send.</source>
        <translation>Affiche un outil en détail : entrées, rapports enregistrés, ce qu&apos;il enverrait.</translation>
    </message>
    <message>
        <source>Draft, send and record a request to delete a tool&apos;s telemetry data.</source>
        <translation>Rédige, envoie et consigne une demande d&apos;effacement des données de télémétrie d&apos;un outil.</translation>
    </message>
    <message>
        <source>List deletion requests and their deadlines; --retry sends queued ones.</source>
        <translation>Liste les demandes d&apos;effacement et leurs échéances ; --retry envoie celles en attente.</translation>
    </message>
    <message>
        <source>Usage: telemetry-lens [COMMAND] [OPTIONS]</source>
        <translation>Utilisation : telemetry-lens [COMMANDE] [OPTIONS]</translation>
    </message>
    <message>
        <source>Telemetry Lens finds the telemetry settings and records of developer tools (Ray, Skyplane, MLflow, Rasa), explains each tool&apos;s real state, switches collection off, and drafts deletion requests.</source>
        <translation>Telemetry Lens trouve les réglages et les enregistrements de télémétrie des outils de développement (Ray, Skyplane, MLflow, Rasa), explique l&apos;état réel de chaque outil, désactive la collecte et rédige des demandes d&apos;effacement.</translation>
    </message>
    <message>
        <source>Without a command, the dashboard window opens (--demo opens the embedded sample workstation).</source>
        <translation>Sans commande, la fenêtre du tableau de bord s&apos;ouvre (--demo ouvre le poste de travail d&apos;exemple intégré).</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Options every command takes:</source>
        <translation>Options acceptées par toutes les commandes :</translation>
    </message>
    <message>
        <source>Treat DIR as the filesystem root (a mounted disk or container image).</source>
        <translation>Traite RÉP comme la racine du système de fichiers (un disque monté ou une image de conteneur).</translation>
    </message>
    <message>
        <source>Examine the account whose home is PATH inside the root.</source>
        <translation>Examine le compte dont le dossier personnel est CHEMIN, dans la racine.</translation>
    </message>
    <message>
        <source>Language of the output (en, de, fr).</source>
        <translation>Langue de la sortie (en, de, fr).</translation>
    </message>
    <message>
        <source>Show the options of a command.</source>
        <translation>Affiche les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 something is enabled (with --fail-on-enabled) or a change or delivery failed, 2 usage error, 3 unreadable root.</source>
        <translation>Code de sortie : 0 succès, 1 quelque chose est activé (avec --fail-on-enabled) ou une modification ou un envoi a échoué, 2 erreur d&apos;utilisation, 3 racine illisible.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande « %1 » inconnue.</translation>
    </message>
    <message>
        <source>Run &quot;telemetry-lens --help&quot; to see the commands.</source>
        <translation>Lancez &quot;telemetry-lens --help&quot; pour voir les commandes.</translation>
    </message>
    <message>
        <source>won</source>
        <translation>retenu</translation>
    </message>
    <message>
        <source>shadowed</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>conditionnel</translation>
    </message>
    <message>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <source>Inputs, highest precedence first:</source>
        <translation>Entrées, de la plus prioritaire à la moins prioritaire :</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
    <message>
        <source>Identifiers:</source>
        <translation>Identifiants :</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucun trouvé</translation>
    </message>
    <message>
        <source>Installed copies:</source>
        <translation>Copies installées :</translation>
    </message>
    <message>
        <source>not installed for this account (its settings still apply the day it is installed)</source>
        <translation>non installé pour ce compte (ses réglages s&apos;appliqueront dès son installation)</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>version inconnue</translation>
    </message>
    <message>
        <source>Sends to:</source>
        <translation>Envoie à :</translation>
    </message>
    <message>
        <source>Where the documentation is wrong:</source>
        <translation>Là où la documentation se trompe :</translation>
    </message>
    <message>
        <source>Stored reports (what was sent): %1</source>
        <translation>Rapports enregistrés (ce qui a été envoyé) : %1</translation>
    </message>
    <message>
        <source>What would be sent next (built from this machine):</source>
        <translation>Ce qui serait envoyé ensuite (construit à partir de cette machine) :</translation>
    </message>
    <message>
        <source>Still sent after opting out:</source>
        <translation>Encore envoyé après la désactivation :</translation>
    </message>
    <message>
        <source>%1 is a folder; give --output a file name such as request.eml.</source>
        <translation>%1 est un dossier ; donnez à --output un nom de fichier, par exemple request.eml.</translation>
    </message>
    <message>
        <source>Delivered request %1 to %2.</source>
        <translation>Demande %1 remise à %2.</translation>
    </message>
    <message>
        <source>Request %1 could not reach %2: %3</source>
        <translation>La demande %1 n&apos;a pas pu atteindre %2 : %3</translation>
    </message>
    <message>
        <source>It stays queued; run &quot;telemetry-lens requests --retry&quot; later to send it.</source>
        <translation>Elle reste en attente ; lancez &quot;telemetry-lens requests --retry&quot; plus tard pour l&apos;envoyer.</translation>
    </message>
    <message>
        <source>%1 refused request %2: %3</source>
        <translation>%1 a refusé la demande %2 : %3</translation>
    </message>
    <message>
        <source>It is not sent again; check the endpoint and the message, then make a new request.</source>
        <translation>Elle ne sera pas renvoyée ; vérifiez le point de terminaison et le message, puis faites une nouvelle demande.</translation>
    </message>
    <message>
        <source>No deletion requests yet. Draft one with: telemetry-lens delete-request TOOL --all-ids --via print</source>
        <translation>Aucune demande d&apos;effacement pour l&apos;instant. Rédigez-en une avec : telemetry-lens delete-request TOOL --all-ids --via print</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TOOL</source>
        <translation>OUTIL</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>CANAL</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>ENVOI</translation>
    </message>
    <message>
        <source>DEADLINE</source>
        <translation>ÉCHÉANCE</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) had no answer within the month the GDPR allows. Send a reminder, or complain to your data protection authority.</source>
        <translation>
            <numerusform>%n demande est restée sans réponse au-delà du mois accordé par le RGPD. Envoyez une relance, ou portez plainte auprès de votre autorité de protection des données.</numerusform>
            <numerusform>%n demandes sont restées sans réponse au-delà du mois accordé par le RGPD. Envoyez une relance, ou portez plainte auprès de votre autorité de protection des données.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft a request to delete the telemetry data a tool collected, show its exact text, hand it on, and record it in the request ledger.</source>
        <translation>Rédige une demande d&apos;effacement des données de télémétrie collectées par un outil, affiche son texte exact, la transmet et la consigne dans le registre des demandes.</translation>
    </message>
    <message>
        <source>An identifier found on this machine to quote (repeat for more).</source>
        <translation>Un identifiant trouvé sur cette machine à citer (répétez l&apos;option pour en citer plusieurs).</translation>
    </message>
    <message>
        <source>Quote every identifier of the tool found on this machine.</source>
        <translation>Cite tous les identifiants de l&apos;outil trouvés sur cette machine.</translation>
    </message>
    <message>
        <source>How the request leaves: print (show the text), mailto (a link for your mail program), eml (a message file), issue (a prefilled issue link, for tools without an address), http (post to --endpoint).</source>
        <translation>Comment la demande part : print (affiche le texte), mailto (un lien pour votre logiciel de messagerie), eml (un fichier de message), issue (un lien de ticket prérempli, pour les outils sans adresse), http (envoi à --endpoint).</translation>
    </message>
    <message>
        <source>The https:// address of your organisation&apos;s privacy inbox (with --via http).</source>
        <translation>L&apos;adresse https:// de la boîte de réception de votre organisation dédiée à la vie privée (avec --via http).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Where --via eml writes the message.</source>
        <translation>Où --via eml écrit le message.</translation>
    </message>
    <message>
        <source>Your e-mail address for the answer; nothing else about you is included.</source>
        <translation>Votre adresse e-mail pour la réponse ; rien d&apos;autre vous concernant n&apos;est inclus.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Do not ask before handing the request on.</source>
        <translation>Ne demande pas de confirmation avant de transmettre la demande.</translation>
    </message>
    <message>
        <source>give either --id ID (repeatable) or --all-ids.</source>
        <translation>indiquez soit --id ID (répétable), soit --all-ids.</translation>
    </message>
    <message>
        <source>choose how the request leaves with --via %1.</source>
        <translation>choisissez comment la demande part avec --via %1.</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;; use one of %2.</source>
        <translation>canal « %1 » inconnu ; utilisez l&apos;un de ceux-ci : %2.</translation>
    </message>
    <message>
        <source>%1 names no mail address for deletion requests; use --via issue (a prefilled issue link) or --via print.</source>
        <translation>%1 n&apos;indique aucune adresse e-mail pour les demandes d&apos;effacement ; utilisez --via issue (un lien de ticket prérempli) ou --via print.</translation>
    </message>
    <message>
        <source>%1 takes deletion requests by mail (%2); use --via mailto, eml or print.</source>
        <translation>%1 accepte les demandes d&apos;effacement par e-mail (%2) ; utilisez --via mailto, eml ou print.</translation>
    </message>
    <message>
        <source>--via http needs --endpoint URL, the https:// address of your privacy inbox.</source>
        <translation>--via http nécessite --endpoint URL, l&apos;adresse https:// de votre boîte de réception dédiée à la vie privée.</translation>
    </message>
    <message>
        <source>--endpoint is only used with --via http.</source>
        <translation>--endpoint ne sert qu&apos;avec --via http.</translation>
    </message>
    <message>
        <source>--via eml needs --output FILE for the message.</source>
        <translation>--via eml nécessite --output FICHIER pour le message.</translation>
    </message>
    <message>
        <source>--output is only used with --via eml.</source>
        <translation>--output ne sert qu&apos;avec --via eml.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address; give one like name@example.org.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail ; indiquez-en une du type nom@example.org.</translation>
    </message>
    <message>
        <source>Recorded as draft %1. Once you have sent it, run: telemetry-lens requests --mark-sent %1</source>
        <translation>Demande consignée comme brouillon %1. Une fois la demande envoyée, lancez : telemetry-lens requests --mark-sent %1</translation>
    </message>
    <message>
        <source>Send this request to %1 now?</source>
        <translation>Envoyer cette demande à %1 maintenant ?</translation>
    </message>
    <message>
        <source>Nothing was sent or recorded. Add --yes to skip the question.</source>
        <translation>Rien n&apos;a été envoyé ni consigné. Ajoutez --yes pour ne pas avoir à confirmer.</translation>
    </message>
    <message>
        <source>Attempt %1 failed (%2); trying again.</source>
        <translation>La tentative %1 a échoué (%2) ; nouvel essai.</translation>
    </message>
    <message>
        <source>List the deletion requests with their reply deadlines, send the queued ones, and record answers.</source>
        <translation>Liste les demandes d&apos;effacement avec leurs délais de réponse, envoie celles en attente et consigne les réponses.</translation>
    </message>
    <message>
        <source>Print the ledger as JSON.</source>
        <translation>Affiche le registre en JSON.</translation>
    </message>
    <message>
        <source>Send every request still queued for an HTTP endpoint.</source>
        <translation>Envoie toutes les demandes encore en attente pour un point de terminaison HTTP.</translation>
    </message>
    <message>
        <source>Record that request ID was answered.</source>
        <translation>Consigne que la demande ID a reçu une réponse.</translation>
    </message>
    <message>
        <source>Close request ID; it is no longer followed up.</source>
        <translation>Clôt la demande ID ; elle n&apos;est plus suivie.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>requests takes no arguments, only options.</source>
        <translation>requests n&apos;accepte aucun argument, seulement des options.</translation>
    </message>
    <message>
        <source>No request is waiting to be sent.</source>
        <translation>Aucune demande n&apos;attend d&apos;être envoyée.</translation>
    </message>
    <message>
        <source>Request %1: attempt %2 failed (%3); trying again.</source>
        <translation>Demande %1 : la tentative %2 a échoué (%3) ; nouvel essai.</translation>
    </message>
    <message>
        <source>Switch telemetry off by writing each tool&apos;s own settings (preview, backup, undo).</source>
        <translation>Désactive la télémétrie en écrivant les propres réglages de chaque outil (aperçu, sauvegarde, annulation).</translation>
    </message>
    <message>
        <source>Switch telemetry back on.</source>
        <translation>Réactive la télémétrie.</translation>
    </message>
    <message>
        <source>Revert the most recent change set.</source>
        <translation>Annule le lot de modifications le plus récent.</translation>
    </message>
    <message>
        <source>List past change sets.</source>
        <translation>Liste les lots de modifications passés.</translation>
    </message>
    <message>
        <source>No account to change was found in %1. Name it with --home PATH.</source>
        <translation>Aucun compte à modifier n&apos;a été trouvé dans %1. Désignez-le avec --home CHEMIN.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to change</source>
        <translation>
            <numerusform>%n fichier à modifier</numerusform>
            <numerusform>%n fichiers à modifier</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to change, the files already say so</source>
        <translation>rien à modifier, les fichiers contiennent déjà ce réglage</translation>
    </message>
    <message>
        <source>cannot be changed: %1</source>
        <translation>ne peut pas être modifié : %1</translation>
    </message>
    <message>
        <source>New file %1</source>
        <translation>Nouveau fichier %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modification de %1</translation>
    </message>
    <message>
        <source>(a link; the file written is %1)</source>
        <translation>(un lien ; le fichier écrit est %1)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi : %1</translation>
    </message>
    <message>
        <source>Write these changes?</source>
        <translation>Écrire ces modifications ?</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Saved as change set %1. Undo it with: telemetry-lens undo</source>
        <translation>Enregistré comme lot de modifications %1. Annulez-le avec : telemetry-lens undo</translation>
    </message>
    <message>
        <source>name the tools (%1) or give --all.</source>
        <translation>indiquez les outils (%1) ou --all.</translation>
    </message>
    <message>
        <source>name the tools (%1).</source>
        <translation>indiquez les outils (%1).</translation>
    </message>
    <message>
        <source>Switch telemetry off by writing each tool&apos;s own settings.</source>
        <translation>Désactive la télémétrie en écrivant les propres réglages de chaque outil.</translation>
    </message>
    <message>
        <source>Switch telemetry back on: take out what Telemetry Lens wrote.</source>
        <translation>Réactive la télémétrie : retire ce que Telemetry Lens a écrit.</translation>
    </message>
    <message>
        <source>Tools to switch: %1.</source>
        <translation>Outils à basculer : %1.</translation>
    </message>
    <message>
        <source>Also comment out assignments in your start-up files that would keep a tool on.</source>
        <translation>Commente aussi les affectations de vos fichiers de démarrage qui maintiendraient la télémétrie d&apos;un outil active.</translation>
    </message>
    <message>
        <source>user (your files) or system (machine-wide files; needs root).</source>
        <translation>user (vos fichiers) ou system (fichiers communs à la machine ; nécessite root).</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>PORTÉE</translation>
    </message>
    <message>
        <source>Show the plan and change nothing.</source>
        <translation>Affiche le plan sans rien modifier.</translation>
    </message>
    <message>
        <source>Do not ask before writing.</source>
        <translation>Ne demande pas de confirmation avant d&apos;écrire.</translation>
    </message>
    <message>
        <source>--scope takes user or system, not &quot;%1&quot;.</source>
        <translation>--scope accepte user ou system, pas « %1 ».</translation>
    </message>
    <message>
        <source>%1 would stay on for %2: %3 in %4 takes precedence. Run again with --fix-overrides to comment that line out (undo puts it back), or edit it yourself.</source>
        <translation>La télémétrie de %1 resterait active pour %2 : %3 dans %4 est prioritaire. Relancez avec --fix-overrides pour commenter cette ligne (undo la rétablit), ou modifiez-la vous-même.</translation>
    </message>
    <message>
        <source>%1 would stay on for %2: %3</source>
        <translation>La télémétrie de %1 resterait active pour %2 : %3</translation>
    </message>
    <message>
        <source>%1 would stay off for %2: %3</source>
        <translation>La télémétrie de %1 resterait désactivée pour %2 : %3</translation>
    </message>
    <message>
        <source>No file needs to change.</source>
        <translation>Aucun fichier n&apos;a besoin d&apos;être modifié.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulation : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1  %2  %3 %4 (%5): %6</source>
        <translation>%1  %2  %3 %4 (%5) : %6</translation>
    </message>
    <message>
        <source>Revert the most recent change set, restoring the exact previous bytes.</source>
        <translation>Annule le lot de modifications le plus récent en restaurant exactement les octets précédents.</translation>
    </message>
    <message>
        <source>Do not ask first.</source>
        <translation>Ne demande pas de confirmation.</translation>
    </message>
    <message>
        <source>undo takes no arguments, only options.</source>
        <translation>undo n&apos;accepte aucun argument, seulement des options.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Il n&apos;y a rien à annuler.</translation>
    </message>
    <message>
        <source>The last change set:</source>
        <translation>Le dernier lot de modifications :</translation>
    </message>
    <message>
        <source>Put these files back as they were?</source>
        <translation>Remettre ces fichiers dans leur état précédent ?</translation>
    </message>
    <message>
        <source>List the change sets Telemetry Lens wrote, newest first.</source>
        <translation>Liste les lots de modifications écrits par Telemetry Lens, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>No changes were made yet.</source>
        <translation>Aucune modification n&apos;a encore été faite.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>RÉP</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>--scope system writes machine-wide files and needs root. Nothing was changed: run it with sudo.</source>
        <translation>--scope system écrit des fichiers communs à toute la machine et nécessite les droits root. Rien n’a été modifié : lancez la commande avec sudo.</translation>
    </message>
    <message>
        <source>Use a private copy of the embedded sample workstation.</source>
        <translation>Utiliser une copie privée du poste de travail d&apos;exemple intégré.</translation>
    </message>
    <message>
        <source>This was a copy of the sample workstation; it is removed now that the command ends.</source>
        <translation>Il s&apos;agissait d&apos;une copie du poste de travail d&apos;exemple ; elle est supprimée maintenant que la commande se termine.</translation>
    </message>
    <message>
        <source>No graphical display was found, so the findings are printed here. Run &quot;telemetry-lens --help&quot; to see every command.</source>
        <translation>Aucun affichage graphique n&apos;a été trouvé : les résultats sont donc affichés ici. Lancez &quot;telemetry-lens --help&quot; pour voir toutes les commandes.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to change, %1 of them shared with other tools</source>
        <translation>
            <numerusform>%n fichier à modifier, dont %1 partagé avec d&apos;autres outils</numerusform>
            <numerusform>%n fichiers à modifier, dont %1 partagés avec d&apos;autres outils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all, %n file(s) change; a file shared by several tools is written once.</source>
        <translation>
            <numerusform>Au total, %n fichier est modifié ; un fichier partagé par plusieurs outils est écrit une seule fois.</numerusform>
            <numerusform>Au total, %n fichiers sont modifiés ; un fichier partagé par plusieurs outils est écrit une seule fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>tool names</source>
        <translation>des noms d&apos;outils</translation>
    </message>
    <message numerus="yes">
        <source>%n shared file(s) to change, written once for all tools</source>
        <translation>
            <numerusform>%n fichier partagé à modifier, écrit une seule fois pour tous les outils</numerusform>
            <numerusform>%n fichiers partagés à modifier, écrits une seule fois pour tous les outils</numerusform>
        </translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>COMPTE</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) not marked as sent: nothing counts down until you say you sent it. Once sent, run: telemetry-lens requests --mark-sent ID [--date YYYY-MM-DD]</source>
        <translation>
            <numerusform>%n demande n&apos;est pas marquée comme envoyée : aucun délai ne court tant que vous n&apos;avez pas dit l&apos;avoir envoyée. Une fois envoyée, lancez : telemetry-lens requests --mark-sent ID [--date AAAA-MM-JJ]</numerusform>
            <numerusform>%n demandes ne sont pas marquées comme envoyées : aucun délai ne court tant que vous n&apos;avez pas dit les avoir envoyées. Une fois envoyées, lancez : telemetry-lens requests --mark-sent ID [--date AAAA-MM-JJ]</numerusform>
        </translation>
    </message>
    <message>
        <source>The account whose data the request is about (a user name of the root); needed when the root has several.</source>
        <translation>Le compte dont les données font l&apos;objet de la demande (un nom d&apos;utilisateur de la racine) ; nécessaire quand la racine en a plusieurs.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>--user and --home both name the account; give one of them.</source>
        <translation>--user et --home désignent tous deux le compte ; n&apos;en donnez qu&apos;un.</translation>
    </message>
    <message>
        <source>--user needs the user name of an account.</source>
        <translation>--user attend le nom d&apos;utilisateur d&apos;un compte.</translation>
    </message>
    <message>
        <source>no account &quot;%1&quot; under %2; the accounts are: %3.</source>
        <translation>aucun compte « %1 » sous %2 ; les comptes sont : %3.</translation>
    </message>
    <message>
        <source>No account was found under %1; name one with --home PATH.</source>
        <translation>Aucun compte n&apos;a été trouvé sous %1 ; désignez-en un avec --home CHEMIN.</translation>
    </message>
    <message numerus="yes">
        <source>a request is about one account&apos;s data, and %1 has %n account(s): %2. Name one with --user NAME.</source>
        <translation>
            <numerusform>une demande porte sur les données d&apos;un seul compte, et %1 a %n compte : %2. Désignez-le avec --user NOM.</numerusform>
            <numerusform>une demande porte sur les données d&apos;un seul compte, et %1 a %n comptes : %2. Désignez-en un avec --user NOM.</numerusform>
        </translation>
    </message>
    <message>
        <source>No %1 %2 was found for %3 under %4, so there is nothing to quote in a deletion request.</source>
        <translation>Aucun %2 de %1 n&apos;a été trouvé pour %3 sous %4 : il n&apos;y a donc rien à citer dans une demande d&apos;effacement.</translation>
    </message>
    <message>
        <source>%1 %2 was not found for %3; found: %4.</source>
        <translation>%1 %2 n&apos;a pas été trouvé pour %3 ; trouvés : %4.</translation>
    </message>
    <message>
        <source>Print the mail link for this request and record it?</source>
        <translation>Afficher le lien e-mail de cette demande et la consigner ?</translation>
    </message>
    <message>
        <source>Print the issue link for this request and record it?</source>
        <translation>Afficher le lien de ticket de cette demande et la consigner ?</translation>
    </message>
    <message>
        <source>Write this message to %1 and record it?</source>
        <translation>Écrire ce message dans %1 et consigner la demande ?</translation>
    </message>
    <message>
        <source>Saved as %1; open it with your mail program and send it.</source>
        <translation>Enregistré sous %1 ; ouvrez-le avec votre logiciel de messagerie et envoyez-le.</translation>
    </message>
    <message>
        <source>Recorded as request %1, not sent yet. Once you have sent it, run: telemetry-lens requests --mark-sent %1 [--date YYYY-MM-DD]</source>
        <translation>Consignée comme demande %1, pas encore envoyée. Une fois que vous l&apos;avez envoyée, lancez : telemetry-lens requests --mark-sent %1 [--date AAAA-MM-JJ]</translation>
    </message>
    <message>
        <source>Record that you sent request ID (a draft, a mail handed to your mail program, a saved .eml); its one-month answer period starts.</source>
        <translation>Consigne que vous avez envoyé la demande ID (un brouillon, un message confié à votre logiciel de messagerie, un .eml enregistré) ; son délai de réponse d&apos;un mois commence.</translation>
    </message>
    <message>
        <source>With --mark-sent: the day you sent it, if not today.</source>
        <translation>Avec --mark-sent : le jour où vous l&apos;avez envoyée, si ce n&apos;est pas aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Same as --close.</source>
        <translation>Identique à --close.</translation>
    </message>
    <message>
        <source>A note kept with --mark-answered or --close.</source>
        <translation>Une note conservée avec --mark-answered ou --close.</translation>
    </message>
    <message>
        <source>give one of --mark-sent, --mark-answered and --close at a time.</source>
        <translation>donnez une seule option parmi --mark-sent, --mark-answered et --close à la fois.</translation>
    </message>
    <message>
        <source>--note goes with --mark-answered or --close.</source>
        <translation>--note s&apos;utilise avec --mark-answered ou --close.</translation>
    </message>
    <message>
        <source>--date goes with --mark-sent.</source>
        <translation>--date s&apos;utilise avec --mark-sent.</translation>
    </message>
    <message>
        <source>--date takes a day as YYYY-MM-DD, such as 2026-12-03; &quot;%1&quot; is not one.</source>
        <translation>--date attend un jour au format AAAA-MM-JJ, par exemple 2026-12-03 ; « %1 » n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>Request %1 is now sent (%2); the answer is due by %3.</source>
        <translation>La demande %1 est désormais envoyée (%2) ; la réponse est attendue au plus tard le %3.</translation>
    </message>
    <message>
        <source>Request %1: %2.</source>
        <translation>Demande %1 : %2.</translation>
    </message>
    <message>
        <source>Options of the window (without a command):</source>
        <translation>Options de la fenêtre (sans commande) :</translation>
    </message>
    <message>
        <source>Examine every account with a home folder.</source>
        <translation>Examine tous les comptes ayant un dossier personnel.</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VUE</translation>
    </message>
    <message>
        <source>Open a view once the first scan is shown: overview, requests, history, tool:USER:TOOL[:TAB], optout:USER:TOOL[:system], compose:USER:TOOL, disable-all.</source>
        <translation>Ouvrir une vue dès que la première analyse est affichée : overview, requests, history, tool:USER:TOOL[:TAB], optout:USER:TOOL[:system], compose:USER:TOOL, disable-all.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once the first scan is shown, then quit.</source>
        <translation>Enregistrer une image de la fenêtre dans FICHIER dès que la première analyse est affichée, puis quitter.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>Open the window WxH pixels large.</source>
        <translation>Ouvrir la fenêtre en LxH pixels.</translation>
    </message>
    <message>
        <source>Use a plain light or dark palette instead of the desktop&apos;s.</source>
        <translation>Utiliser une palette claire ou sombre simple au lieu de celle du bureau.</translation>
    </message>
    <message>
        <source>Quit once the first scan is shown.</source>
        <translation>Quitter dès que la première analyse est affichée.</translation>
    </message>
    <message>
        <source>Print the time to the first paint and to the first scan shown, and the peak memory.</source>
        <translation>Afficher le temps jusqu&apos;au premier dessin et jusqu&apos;à la première analyse affichée, ainsi que la mémoire maximale.</translation>
    </message>
    <message>
        <source>List every supported tool, not only those present for the account.</source>
        <translation>Lister tous les outils pris en charge, pas seulement ceux présents pour le compte.</translation>
    </message>
    <message>
        <source>Show which tools honour DO_NOT_TRACK, with which values, and which ignore it.</source>
        <translation>Montrer quels outils respectent DO_NOT_TRACK, avec quelles valeurs, et lesquels l’ignorent.</translation>
    </message>
    <message>
        <source>Every tool present for the account.</source>
        <translation>Chaque outil présent pour le compte.</translation>
    </message>
    <message>
        <source>With --all, also write the opt-outs of supported tools that are not installed yet, so they start switched off.</source>
        <translation>Avec --all, écrire aussi les désactivations des outils pris en charge qui ne sont pas encore installés, pour qu’ils démarrent désactivés.</translation>
    </message>
    <message>
        <source>%1 names no contact for deletion requests; use --via http --endpoint URL for an address you know, or --via print.</source>
        <translation>%1 n’indique aucun contact pour les demandes de suppression ; utilisez --via http --endpoint URL pour une adresse que vous connaissez, ou --via print.</translation>
    </message>
    <message>
        <source>Merge the audit reports of many machines into one report.</source>
        <translation>Fusionner les rapports d’audit de nombreuses machines en un seul rapport.</translation>
    </message>
    <message>
        <source>Say what changed since the audit report PREVIOUS (made with --format json) instead of reporting; exit with status 1 when a tool started collecting.</source>
        <translation>Au lieu du rapport, indiquer ce qui a changé depuis le rapport d’audit PREVIOUS (créé avec --format json) ; quitter avec le code 1 lorsqu’un outil s’est mis à collecter.</translation>
    </message>
    <message>
        <source>PREVIOUS</source>
        <translation>PREVIOUS</translation>
    </message>
    <message>
        <source>--compare prints text or JSON.</source>
        <translation>--compare affiche du texte ou du JSON.</translation>
    </message>
    <message>
        <source>Merge the audit reports of many machines (audit --format json) into one report.</source>
        <translation>Fusionner les rapports d’audit de nombreuses machines (audit --format json) en un seul rapport.</translation>
    </message>
    <message>
        <source>Audit reports, or folders of them (*.json); each host is named after its file.</source>
        <translation>Rapports d’audit, ou dossiers de rapports (*.json) ; chaque hôte porte le nom de son fichier.</translation>
    </message>
    <message>
        <source>Exit with status 1 when a tool collects on any host.</source>
        <translation>Quitter avec le code 1 lorsqu’un outil collecte sur l’un des hôtes.</translation>
    </message>
    <message>
        <source>name the audit reports or folders of them.</source>
        <translation>indiquez les rapports d’audit ou leurs dossiers.</translation>
    </message>
    <message>
        <source>No fleet report was written: fix or remove the files named above.</source>
        <translation>Aucun rapport de parc n’a été écrit : corrigez ou retirez les fichiers nommés ci-dessus.</translation>
    </message>
    <message>
        <source>Print the outcome as JSON instead of the plan (needs --yes or --dry-run): &quot;changed&quot; is true exactly when files were written.</source>
        <translation>Afficher le résultat en JSON au lieu du plan (nécessite --yes ou --dry-run) : « changed » vaut true exactement lorsque des fichiers ont été écrits.</translation>
    </message>
    <message>
        <source>--json cannot ask before writing; add --yes or --dry-run.</source>
        <translation>--json ne peut pas demander avant d’écrire ; ajoutez --yes ou --dry-run.</translation>
    </message>
    <message>
        <source>Its own status command: %1</source>
        <translation>Sa propre commande d’état : %1</translation>
    </message>
    <message>
        <source>It agrees with what %1 then does.</source>
        <translation>Elle concorde avec ce que fait ensuite %1.</translation>
    </message>
    <message>
        <source>Do not rely on it: %1</source>
        <translation>Ne vous y fiez pas : %1</translation>
    </message>
    <message>
        <source>(for every account of this machine)</source>
        <translation>(pour chaque compte de cette machine)</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Treat DIR as the filesystem root for everything read and written (a mounted image).</source>
        <translation>Traite RÉP comme la racine du système de fichiers pour tout ce qui est lu et écrit (une image montée).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>RÉP</translation>
    </message>
    <message>
        <source>Examine the account whose home is PATH (a path inside the root).</source>
        <translation>Examine le compte dont le dossier personnel est CHEMIN (un chemin dans la racine).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>Language of the output (en, de, fr).</source>
        <translation>Langue de la sortie (en, de, fr).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>--root needs a folder.</source>
        <translation>--root nécessite un dossier.</translation>
    </message>
    <message>
        <source>--home needs an absolute path inside the root, such as /home/alice.</source>
        <translation>--home nécessite un chemin absolu dans la racine, par exemple /home/alice.</translation>
    </message>
    <message>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>telemetry-lens %1: %2</source>
        <translation>telemetry-lens %1 : %2</translation>
    </message>
    <message>
        <source>Run &quot;telemetry-lens %1 --help&quot; to see its options.</source>
        <translation>Lancez &quot;telemetry-lens %1 --help&quot; pour voir ses options.</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[o/N]</translation>
    </message>
    <message>
        <source>Use a private copy of the embedded sample workstation; nothing on this computer is read or changed.</source>
        <translation>Utiliser une copie privée du poste de travail d&apos;exemple intégré ; rien n&apos;est lu ni modifié sur cet ordinateur.</translation>
    </message>
    <message>
        <source>--demo and --root exclude each other: the sample workstation is the root.</source>
        <translation>--demo et --root s&apos;excluent : le poste de travail d&apos;exemple est la racine.</translation>
    </message>
    <message>
        <source>%1 and %2 contradict each other; give only one of them.</source>
        <translation>%1 et %2 se contredisent ; n&apos;indiquez que l&apos;une des deux.</translation>
    </message>
</context>
<context>
    <name>CopySupport</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &quot;%1&quot;</source>
        <translation>Copier « %1 »</translation>
    </message>
</context>
<context>
    <name>DeletionDraft</name>
    <message>
        <source>%1 names no channel for deletion requests.</source>
        <translation>%1 n&apos;indique aucun moyen d&apos;envoyer une demande d&apos;effacement.</translation>
    </message>
    <message>
        <source>Select at least one %1 to quote in the request.</source>
        <translation>Sélectionnez au moins un identifiant %1 à citer dans la demande.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address; give one like name@example.org, or none.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail ; indiquez-en une du type nom@example.org, ou aucune.</translation>
    </message>
    <message>
        <source>%1 deletes data by %2; a %3 cannot be quoted.</source>
        <translation>%1 efface les données sur la base du %2 ; un %3 ne peut pas être cité.</translation>
    </message>
    <message>
        <source>The %1 found is not a plain identifier (it may contain a path or personal text) and is not quoted: %2</source>
        <translation>Le %1 trouvé n&apos;est pas un simple identifiant (il peut contenir un chemin ou un texte personnel) et n&apos;est pas cité : %2</translation>
    </message>
    <message>
        <source>Request to delete %1 telemetry data</source>
        <translation>Demande d&apos;effacement des données de télémétrie de %1</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <source>%1 sent usage statistics (telemetry) from my installation. Under Article 17 of the GDPR, I ask you to erase all data you hold that is linked to the following identifier:</source>
        <translation>%1 a envoyé des statistiques d&apos;utilisation (télémétrie) depuis mon installation. En vertu de l&apos;article 17 du RGPD, je vous demande d&apos;effacer toutes les données que vous détenez liées à l&apos;identifiant suivant :</translation>
    </message>
    <message>
        <source>%1 sent usage statistics (telemetry) from my installation. Under Article 17 of the GDPR, I ask you to erase all data you hold that is linked to the following identifiers:</source>
        <translation>%1 a envoyé des statistiques d&apos;utilisation (télémétrie) depuis mon installation. En vertu de l&apos;article 17 du RGPD, je vous demande d&apos;effacer toutes les données que vous détenez liées aux identifiants suivants :</translation>
    </message>
    <message>
        <source>%1 sent usage telemetry from my installation. Please delete all telemetry data recorded under the following identifier:</source>
        <translation>%1 a envoyé de la télémétrie d&apos;utilisation depuis mon installation. Merci de supprimer toutes les données de télémétrie enregistrées sous l&apos;identifiant suivant :</translation>
    </message>
    <message>
        <source>%1 sent usage telemetry from my installation. Please delete all telemetry data recorded under the following identifiers:</source>
        <translation>%1 a envoyé de la télémétrie d&apos;utilisation depuis mon installation. Merci de supprimer toutes les données de télémétrie enregistrées sous les identifiants suivants :</translation>
    </message>
    <message>
        <source>%1 versions seen: %2</source>
        <translation>Versions de %1 observées : %2</translation>
    </message>
    <message>
        <source>Data recorded on %1 (UTC)</source>
        <translation>Données enregistrées le %1 (UTC)</translation>
    </message>
    <message>
        <source>Data recorded from %1 to %2 (UTC)</source>
        <translation>Données enregistrées du %1 au %2 (UTC)</translation>
    </message>
    <message>
        <source>Please confirm the erasure, or tell me why it is not possible, within one month of receiving this request (Article 12(3) GDPR).</source>
        <translation>Merci de confirmer l&apos;effacement, ou de m&apos;indiquer pourquoi il n&apos;est pas possible, dans un délai d&apos;un mois à compter de la réception de cette demande (article 12, paragraphe 3, du RGPD).</translation>
    </message>
    <message>
        <source>Please send your answer to %1.</source>
        <translation>Merci d&apos;envoyer votre réponse à %1.</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Je vous remercie par avance.</translation>
    </message>
    <message>
        <source>Please confirm here when the data has been deleted. Thank you.</source>
        <translation>Pourriez-vous confirmer ici une fois les données supprimées ? Merci.</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact : %1</translation>
    </message>
    <message>
        <source>The issue will be public: anyone can read the identifiers it quotes.</source>
        <translation>Le ticket sera public : tout le monde pourra lire les identifiants qu&apos;il cite.</translation>
    </message>
    <message>
        <source>The issue will be public: anyone can read the identifiers and the contact address it quotes.</source>
        <translation>Le ticket sera public : tout le monde pourra lire les identifiants et l&apos;adresse de contact qu&apos;il cite.</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>À : %1</translation>
    </message>
    <message>
        <source>New issue at: %1</source>
        <translation>Nouveau ticket sur : %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
</context>
<context>
    <name>DemoWorkstation</name>
    <message>
        <source>Could not create a temporary folder for the sample workstation: %1</source>
        <translation>Impossible de créer un dossier temporaire pour le poste de travail d&apos;exemple : %1</translation>
    </message>
    <message>
        <source>This build has no embedded sample workstation.</source>
        <translation>Cette version ne contient pas de poste de travail d&apos;exemple intégré.</translation>
    </message>
    <message>
        <source>Could not unpack %1: %2</source>
        <translation>Impossible de décompresser %1 : %2</translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>%1 is not a regular file (a folder, FIFO or device), so it was not opened. %2 only ever writes a plain file there; remove whatever is in its place.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (un dossier, un FIFO ou un périphérique) ; il n&apos;a donc pas été ouvert. %2 n&apos;écrit jamais qu&apos;un simple fichier à cet endroit ; supprimez ce qui s&apos;y trouve à la place.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, far larger than any %3 record, so it was not read. Check what wrote it and remove it.</source>
        <translation>%1 fait %2 octets, bien plus que n&apos;importe quel enregistrement de %3 ; il n&apos;a donc pas été lu. Vérifiez ce qui l&apos;a écrit et supprimez-le.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; it was not followed, because anyone can create links in a temporary folder. Remove the link if you did not make it.</source>
        <translation>%1 est un lien symbolique ; il n&apos;a pas été suivi, car n&apos;importe qui peut créer des liens dans un dossier temporaire. Supprimez le lien si vous ne l&apos;avez pas créé.</translation>
    </message>
    <message>
        <source>%1 could not be read. Run the audit as a user who may read it.</source>
        <translation>%1 n&apos;a pas pu être lu. Lancez l&apos;audit avec un utilisateur autorisé à le lire.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 holds binary data, not a JSON report.</source>
        <translation>%1 contient des données binaires, pas un rapport JSON.</translation>
    </message>
    <message>
        <source>%1 contains bytes that are not valid UTF-8 text.</source>
        <translation>%1 contient des octets qui ne sont pas du texte UTF-8 valide.</translation>
    </message>
    <message>
        <source>%1 ends in the middle of its JSON (cut short, perhaps by a full disk or a crash).</source>
        <translation>%1 s&apos;arrête au milieu de son JSON (tronqué, peut-être par un disque plein ou un plantage).</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (error near byte %2).</source>
        <translation>%1 n&apos;est pas du JSON valide (erreur vers l&apos;octet %2).</translation>
    </message>
    <message>
        <source>%1 is nested more than %2 levels deep, which no real report is.</source>
        <translation>%1 est imbriqué sur plus de %2 niveaux, ce qu&apos;aucun vrai rapport n&apos;est.</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object, so it is not a %2 report.</source>
        <translation>%1 ne contient pas d&apos;objet JSON ; ce n&apos;est donc pas un rapport de %2.</translation>
    </message>
    <message>
        <source>%1 has no usage_stats object, so it is not a %2 report.</source>
        <translation>%1 n&apos;a pas d&apos;objet usage_stats ; ce n&apos;est donc pas un rapport de %2.</translation>
    </message>
    <message>
        <source>It was skipped and the other reports were read; delete it if %1 did not write it.</source>
        <translation>Il a été ignoré et les autres rapports ont été lus ; supprimez-le si ce n&apos;est pas %1 qui l&apos;a écrit.</translation>
    </message>
    <message>
        <source>%1 holds values of an unexpected type for %2; those were ignored and the rest of the report is shown.</source>
        <translation>%1 contient des valeurs d&apos;un type inattendu pour %2 ; elles ont été ignorées et le reste du rapport est affiché.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link named like a %2 folder; it was not followed, because anyone can create links in a temporary folder. Remove it if you did not make it.</source>
        <translation>%1 est un lien symbolique nommé comme un dossier de %2 ; il n&apos;a pas été suivi, car n&apos;importe qui peut créer des liens dans un dossier temporaire. Supprimez-le si vous ne l&apos;avez pas créé.</translation>
    </message>
    <message>
        <source>%1 could not be opened. Run the audit as a user who may read it.</source>
        <translation>%1 n&apos;a pas pu être ouvert. Lancez l&apos;audit avec un utilisateur autorisé à le lire.</translation>
    </message>
    <message>
        <source>%1 is not a folder that can be listed; the Ray session reports in it were not read.</source>
        <translation>%1 n&apos;est pas un dossier dont le contenu peut être listé ; les rapports de session Ray qu&apos;il contient n&apos;ont pas été lus.</translation>
    </message>
    <message>
        <source>no report stored (collection was off, or the cluster stopped before its first report)</source>
        <translation>aucun rapport enregistré (la collecte était désactivée, ou le cluster s&apos;est arrêté avant son premier rapport)</translation>
    </message>
    <message>
        <source>%1 is not a folder that can be listed; the Skyplane event reports in it were not read.</source>
        <translation>%1 n&apos;est pas un dossier dont le contenu peut être listé ; les rapports d&apos;événements Skyplane qu&apos;il contient n&apos;ont pas été lus.</translation>
    </message>
    <message>
        <source>The Skyplane report %1 holds a local file path in %2. Such a path may be personal (a user name, a project name), and Skyplane sends it with the report.</source>
        <translation>Le rapport Skyplane %1 contient un chemin de fichier local dans %2. Un tel chemin peut être personnel (un nom d&apos;utilisateur, un nom de projet), et Skyplane l&apos;envoie avec le rapport.</translation>
    </message>
    <message numerus="yes">
        <source>%n Skyplane reports hold a local file path in %1, for example %2. Such paths may be personal (a user name, a project name), and Skyplane sends them with the reports.</source>
        <translation>
            <numerusform>%n rapport Skyplane contient un chemin de fichier local dans %1, par exemple %2. De tels chemins peuvent être personnels (un nom d&apos;utilisateur, un nom de projet), et Skyplane les envoie avec les rapports.</numerusform>
            <numerusform>%n rapports Skyplane contiennent un chemin de fichier local dans %1, par exemple %2. De tels chemins peuvent être personnels (un nom d&apos;utilisateur, un nom de projet), et Skyplane les envoie avec les rapports.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read as an INI file (%2). Skyplane fails the same way when it logs usage; delete the file and Skyplane writes a new one.</source>
        <translation>%1 ne peut pas être lu comme un fichier INI (%2). Skyplane échoue de la même façon quand il journalise l&apos;utilisation ; supprimez le fichier et Skyplane en écrira un nouveau.</translation>
    </message>
    <message>
        <source>%1 also holds cloud credentials (%2). Telemetry Lens never shows their values and keeps them when it changes the file; be careful when you share or back up this file.</source>
        <translation>%1 contient aussi des identifiants d&apos;accès au cloud (%2). Telemetry Lens n&apos;affiche jamais leurs valeurs et les conserve lorsqu&apos;il modifie le fichier ; soyez prudent si vous partagez ou sauvegardez ce fichier.</translation>
    </message>
    <message>
        <source>%1 exists, but Skyplane never reads it: its documentation wrongly says the opt-out goes there. The setting that counts is [flags] usage_stats in %2.</source>
        <translation>%1 existe, mais Skyplane ne le lit jamais : sa documentation indique à tort que la désactivation se fait là. Le réglage qui compte est [flags] usage_stats dans %2.</translation>
    </message>
    <message>
        <source>The Skyplane client id %1 (in %2) is this machine&apos;s network (MAC) address %3: it is permanent, identifies the hardware, and is sent with every report. Skyplane&apos;s documentation calls it random.</source>
        <translation>L&apos;identifiant client Skyplane %1 (dans %2) est l&apos;adresse réseau (MAC) %3 de cette machine : il est permanent, identifie le matériel et est envoyé avec chaque rapport. La documentation de Skyplane le dit aléatoire.</translation>
    </message>
    <message>
        <source>MLflow ignores such a file and writes a new installation id on its next run.</source>
        <translation>MLflow ignore un tel fichier et écrit un nouvel identifiant d&apos;installation à sa prochaine exécution.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON.</source>
        <translation>%1 n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object.</source>
        <translation>%1 ne contient pas d&apos;objet JSON.</translation>
    </message>
    <message>
        <source>%1 holds no valid installation_id.</source>
        <translation>%1 ne contient aucun installation_id valide.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>MLflow telemetry already ran for this account on %1 (%2). Deleting the file only resets the id; it does not switch telemetry off.</source>
        <translation>La télémétrie de MLflow a déjà fonctionné pour ce compte le %1 (%2). Supprimer le fichier ne fait que réinitialiser l&apos;identifiant ; cela ne désactive pas la télémétrie.</translation>
    </message>
    <message>
        <source>MLflow telemetry already ran for this account on %1 (MLflow %2, %3). Deleting the file only resets the id; it does not switch telemetry off.</source>
        <translation>La télémétrie de MLflow a déjà fonctionné pour ce compte le %1 (MLflow %2, %3). Supprimer le fichier ne fait que réinitialiser l&apos;identifiant ; cela ne désactive pas la télémétrie.</translation>
    </message>
    <message>
        <source>it does not hold a YAML map</source>
        <translation>il ne contient pas de table de correspondance YAML</translation>
    </message>
    <message>
        <source>%1 cannot be read as YAML (%2). Rasa reads such a file as empty and rewrites it on its next run with telemetry switched on and a new id: an opt-out in it is lost.</source>
        <translation>%1 ne peut pas être lu comme du YAML (%2). Rasa lit un tel fichier comme vide et le réécrit à sa prochaine exécution avec la télémétrie activée et un nouvel identifiant : une désactivation qu&apos;il contiendrait est perdue.</translation>
    </message>
    <message>
        <source>%1 cannot be read as YAML (%2); current Rasa releases ignore it anyway.</source>
        <translation>%1 ne peut pas être lu comme du YAML (%2) ; les versions actuelles de Rasa l&apos;ignorent de toute façon.</translation>
    </message>
    <message>
        <source>%1 was written by a very old Rasa release. Current releases ignore it and read %2 instead; it may still hold an old id, and you can delete it.</source>
        <translation>%1 a été écrit par une très ancienne version de Rasa. Les versions actuelles l&apos;ignorent et lisent %2 à la place ; il peut encore contenir un ancien identifiant, et vous pouvez le supprimer.</translation>
    </message>
    <message>
        <source>%1 could not be opened: its folder is missing or is a link that leads elsewhere.</source>
        <translation>%1 n&apos;a pas pu être ouvert : son dossier est absent ou est un lien qui mène ailleurs.</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 n&apos;a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>DoNotTrackView</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK=%1 is ignored</source>
        <translation>DO_NOT_TRACK=%1 est ignoré</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK=%1 switches it off</source>
        <translation>DO_NOT_TRACK=%1 le désactive</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK=%1 would switch it off; another input decides first</source>
        <translation>DO_NOT_TRACK=%1 le désactiverait ; une autre entrée décide avant</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK for %1:</source>
        <translation>DO_NOT_TRACK pour %1 :</translation>
    </message>
    <message>
        <source>ignores it</source>
        <translation>l’ignore</translation>
    </message>
    <message>
        <source>honours it: any value, even empty or 0</source>
        <translation>le respecte : toute valeur, même vide ou 0</translation>
    </message>
    <message>
        <source>honours it with %1</source>
        <translation>le respecte avec %1</translation>
    </message>
</context>
<context>
    <name>DraftEncoder</name>
    <message>
        <source>The request is too long for a link (%1 characters, at most %2): select fewer identifiers, or use the printed text or an .eml file.</source>
        <translation>La demande est trop longue pour un lien (%1 caractères, %2 au maximum) : sélectionnez moins d&apos;identifiants, ou utilisez le texte affiché ou un fichier .eml.</translation>
    </message>
    <message>
        <source>%1 names no mail address for deletion requests; use its issue link instead.</source>
        <translation>%1 n&apos;indique aucune adresse e-mail pour les demandes d&apos;effacement ; utilisez plutôt son lien de ticket.</translation>
    </message>
    <message>
        <source>%1 takes deletion requests by mail, not as an issue.</source>
        <translation>%1 accepte les demandes d&apos;effacement par e-mail, pas sous forme de ticket.</translation>
    </message>
    <message>
        <source>The issue form address in the catalog is not a plain https link: %1</source>
        <translation>L&apos;adresse du formulaire de ticket indiquée dans le catalogue n&apos;est pas un simple lien https : %1</translation>
    </message>
    <message>
        <source>This request was not sent through a mail or issue link.</source>
        <translation>Cette demande n&apos;a pas été envoyée par un lien de courriel ou de ticket.</translation>
    </message>
</context>
<context>
    <name>EnvBlockEditor</name>
    <message>
        <source>%1: the block Telemetry Lens manages opens twice (line %2) without closing; fix it by hand.</source>
        <translation>%1 : le bloc géré par Telemetry Lens est ouvert deux fois (ligne %2) sans être fermé ; corrigez-le à la main.</translation>
    </message>
    <message>
        <source>%1 holds the block Telemetry Lens manages twice (second at line %2); remove one by hand.</source>
        <translation>%1 contient deux fois le bloc géré par Telemetry Lens (le second à la ligne %2) ; supprimez-en un à la main.</translation>
    </message>
    <message>
        <source>%1: the block Telemetry Lens manages closes at line %2 without opening; fix it by hand.</source>
        <translation>%1 : le bloc géré par Telemetry Lens est fermé à la ligne %2 sans avoir été ouvert ; corrigez-le à la main.</translation>
    </message>
    <message>
        <source>%1: the block Telemetry Lens manages opens at line %2 but never closes; fix it by hand.</source>
        <translation>%1 : le bloc géré par Telemetry Lens s&apos;ouvre à la ligne %2 mais ne se ferme jamais ; corrigez-le à la main.</translation>
    </message>
    <message>
        <source>%1: the value for %2 needs quoting, which Telemetry Lens does not write.</source>
        <translation>%1 : la valeur de %2 doit être mise entre guillemets, ce que Telemetry Lens n&apos;écrit pas.</translation>
    </message>
</context>
<context>
    <name>EnvReport</name>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>set (value hidden)</source>
        <translation>définie (valeur masquée)</translation>
    </message>
    <message>
        <source>%1: in this session %2, in new terminals %3.</source>
        <translation>%1 : dans cette session %2, dans les nouveaux terminaux %3.</translation>
    </message>
</context>
<context>
    <name>EnvSources</name>
    <message>
        <source>Read once, at its later place in the order (%1).</source>
        <translation>Lu une seule fois, à sa place ultérieure dans l&apos;ordre (%1).</translation>
    </message>
    <message>
        <source>an unknown shell</source>
        <translation>un shell inconnu</translation>
    </message>
    <message>
        <source>Only the display managers of Debian and Ubuntu read ~/.profile; this system&apos;s does not.</source>
        <translation>Seuls les gestionnaires de connexion de Debian et d&apos;Ubuntu lisent ~/.profile ; celui de ce système ne le fait pas.</translation>
    </message>
    <message>
        <source>bash reads only the first existing of ~/.bash_profile, ~/.bash_login and ~/.profile, which here is %1.</source>
        <translation>bash ne lit que le premier fichier existant parmi ~/.bash_profile, ~/.bash_login et ~/.profile, c&apos;est-à-dire ici %1.</translation>
    </message>
    <message>
        <source>Only %1 reads this file, but %2 logs in with %3.</source>
        <translation>Seul %1 lit ce fichier, mais %2 se connecte avec %3.</translation>
    </message>
    <message>
        <source>this user</source>
        <translation>cet utilisateur</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, far more than a start-up file needs, so its environment settings were not read. Check what wrote it, then shrink or remove it.</source>
        <translation>%1 dépasse %2 octets, bien plus qu&apos;il n&apos;en faut à un fichier de démarrage ; ses réglages d&apos;environnement n&apos;ont donc pas été lus. Vérifiez ce qui l&apos;a écrit, puis réduisez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a directory, FIFO or device), so it was not read; the shell cannot use it either. Remove it or replace it with a regular file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (un dossier, un FIFO ou un périphérique) ; il n&apos;a donc pas été lu, et le shell ne peut pas l&apos;utiliser non plus. Supprimez-le ou remplacez-le par un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 could not be read, so its environment settings are unknown: %2</source>
        <translation>%1 n&apos;a pas pu être lu ; ses réglages d&apos;environnement sont donc inconnus : %2</translation>
    </message>
    <message>
        <source>%1 contains binary data, not text, so it was skipped; a shell cannot use it either. Check what wrote it and restore it from a backup.</source>
        <translation>%1 contient des données binaires, pas du texte ; il a donc été ignoré, et un shell ne peut pas l&apos;utiliser non plus. Vérifiez ce qui l&apos;a écrit et restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 starts with a byte order mark (BOM), which the shell reads as part of the first command, so the first line has no effect. Save the file as UTF-8 without BOM.</source>
        <translation>%1 commence par une indication d&apos;ordre des octets (BOM), que le shell lit comme faisant partie de la première commande : la première ligne n&apos;a donc aucun effet. Enregistrez le fichier en UTF-8 sans BOM.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; it was read as far as possible with the invalid bytes replaced. Save it as UTF-8 so that every setting is recognised.</source>
        <translation>%1 n&apos;est pas de l&apos;UTF-8 valide ; il a été lu autant que possible, les octets invalides étant remplacés. Enregistrez-le en UTF-8 pour que chaque réglage soit reconnu.</translation>
    </message>
    <message>
        <source>%1 has Windows (CRLF) line endings. Its settings are shown without the carriage returns, but the shell keeps one at the end of each value, so a tool may not recognise a setting such as &quot;1&quot;. Convert the file with dos2unix.</source>
        <translation>%1 a des fins de ligne Windows (CRLF). Ses réglages sont affichés sans les retours chariot, mais le shell en garde un à la fin de chaque valeur : un outil peut donc ne pas reconnaître un réglage tel que &quot;1&quot;. Convertissez le fichier avec dos2unix.</translation>
    </message>
    <message>
        <source>%1 line %2: a quote or bracket opened here is never closed, so the shell stops with a syntax error and settings from this line on do not apply. Close the quote.</source>
        <translation>%1, ligne %2 : un guillemet ou une parenthèse s&apos;ouvre ici sans jamais se refermer ; le shell s&apos;arrête donc sur une erreur de syntaxe et les réglages à partir de cette ligne ne s&apos;appliquent pas. Fermez le guillemet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 line %2 is not a KEY=VALUE assignment and is ignored (%n such line(s) in the file). Correct or remove it.</source>
        <translation>
            <numerusform>La ligne %2 de %1 n&apos;est pas une affectation CLÉ=VALEUR et est ignorée (%n ligne de ce type dans le fichier). Corrigez-la ou supprimez-la.</numerusform>
            <numerusform>La ligne %2 de %1 n&apos;est pas une affectation CLÉ=VALEUR et est ignorée (%n lignes de ce type dans le fichier). Corrigez-la ou supprimez-la.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 line %2 sources %3, which is already being read (a loop); it was read once. Remove the loop.</source>
        <translation>La ligne %2 de %1 inclut (source) %3, qui est déjà en cours de lecture (une boucle) ; il n&apos;a été lu qu&apos;une fois. Supprimez la boucle.</translation>
    </message>
    <message>
        <source>%1 line %2 sources files more than %3 levels deep; %4 and what it sources were not read. Flatten the chain of source commands.</source>
        <translation>La ligne %2 de %1 inclut des fichiers sur plus de %3 niveaux ; %4 et ce qu&apos;il inclut n&apos;ont pas été lus. Aplatissez la chaîne de commandes source.</translation>
    </message>
    <message>
        <source>Sourced conditionally from %1 line %2.</source>
        <translation>Inclus sous condition depuis la ligne %2 de %1.</translation>
    </message>
    <message>
        <source>Sourced from %1 line %2.</source>
        <translation>Inclus depuis la ligne %2 de %1.</translation>
    </message>
    <message>
        <source>Run by /etc/profile.</source>
        <translation>Exécuté par /etc/profile.</translation>
    </message>
    <message>
        <source>%1 has the same name and replaces it.</source>
        <translation>%1 porte le même nom et le remplace.</translation>
    </message>
    <message>
        <source>zsh reads %1 instead: ZDOTDIR is set to %2.</source>
        <translation>zsh lit %1 à la place : ZDOTDIR vaut %2.</translation>
    </message>
</context>
<context>
    <name>FleetReport</name>
    <message>
        <source>%1 holds no audit reports (*.json files).</source>
        <translation>%1 ne contient aucun rapport d’audit (fichiers *.json).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>No audit reports were given.</source>
        <translation>Aucun rapport d’audit n’a été indiqué.</translation>
    </message>
    <message numerus="yes">
        <source>Fleet: %n host(s)</source>
        <translation>
            <numerusform>Parc : %n hôte</numerusform>
            <numerusform>Parc : %n hôtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a collecting tool</source>
        <translation>
            <numerusform>%n avec un outil qui collecte</numerusform>
            <numerusform>%n avec un outil qui collecte</numerusform>
        </translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>● collecting, ▲ misconfigured, ○ off, - not in the report; n/m: accounts of the host</source>
        <translation>● collecte, ▲ mal configuré, ○ désactivé, - absent du rapport ; n/m : comptes de l’hôte</translation>
    </message>
    <message>
        <source>Totals per tool:</source>
        <translation>Totaux par outil :</translation>
    </message>
    <message numerus="yes">
        <source>collecting on %1, misconfigured on %2, off on %3 of %n host(s)</source>
        <translation>
            <numerusform>collecte sur %1, mal configuré sur %2, désactivé sur %3 sur %n hôte</numerusform>
            <numerusform>collecte sur %1, mal configuré sur %2, désactivé sur %3 sur %n hôtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored report(s)</source>
        <translation>
            <numerusform>%n rapport enregistré</numerusform>
            <numerusform>%n rapports enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identifier(s)</source>
        <translation>
            <numerusform>%n identifiant</numerusform>
            <numerusform>%n identifiants</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
    <message>
        <source>Telemetry Lens fleet report</source>
        <translation>Rapport de parc de Telemetry Lens</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n hôte</numerusform>
            <numerusform>%n hôtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n account(s)</source>
        <translation>
            <numerusform>%1 sur %n compte</numerusform>
            <numerusform>%1 sur %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>Collecting on</source>
        <translation>Collecte sur</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s)</source>
        <translation>
            <numerusform>%1 sur %n hôte</numerusform>
            <numerusform>%1 sur %n hôtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Totals per tool</source>
        <translation>Totaux par outil</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Collecting</source>
        <translation>Collecte</translation>
    </message>
    <message>
        <source>Misconfigured</source>
        <translation>Mal configuré</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Stored reports</source>
        <translation>Rapports enregistrés</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
</context>
<context>
    <name>Grammar</name>
    <message>
        <source>%1 accepts exactly 1 or 0 here; any other value makes it raise an error at start.</source>
        <translation>%1 accepte ici exactement 1 ou 0 ; toute autre valeur provoque une erreur au démarrage.</translation>
    </message>
    <message>
        <source>%1 accepts true, yes, 1, false, no or 0 here; any other value makes it raise an error.</source>
        <translation>%1 accepte ici true, yes, 1, false, no ou 0 ; toute autre valeur provoque une erreur.</translation>
    </message>
    <message>
        <source>An internal testing switch that forces telemetry on past every opt-out.</source>
        <translation>Un commutateur de test interne qui force l&apos;activation de la télémétrie malgré toute désactivation.</translation>
    </message>
    <message>
        <source>%1=true forces %2 telemetry on, whatever else is set. Remove it.</source>
        <translation>%1=true force l&apos;activation de la télémétrie de %2, quels que soient les autres réglages. Supprimez-le.</translation>
    </message>
    <message>
        <source>Only the value true has an effect.</source>
        <translation>Seule la valeur true a un effet.</translation>
    </message>
    <message>
        <source>false and 0 do not disable telemetry.</source>
        <translation>false et 0 ne désactivent pas la télémétrie.</translation>
    </message>
    <message>
        <source>An unusual value: recent %1 releases treat it as disabled, older ones may not.</source>
        <translation>Une valeur inhabituelle : les versions récentes de %1 la traitent comme une désactivation, les plus anciennes peut-être pas.</translation>
    </message>
    <message>
        <source>%1 has the unusual value &quot;%2&quot;; set it to true to be sure.</source>
        <translation>%1 a la valeur inhabituelle &quot;%2&quot; ; mettez-la à true pour être sûr.</translation>
    </message>
    <message>
        <source>%1 only honours DO_NOT_TRACK=true; this value is ignored.</source>
        <translation>%1 ne respecte que DO_NOT_TRACK=true ; cette valeur est ignorée.</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK=%1 is ignored by %2, which only honours DO_NOT_TRACK=true. Set MLFLOW_DISABLE_TELEMETRY=true instead.</source>
        <translation>DO_NOT_TRACK=%1 est ignoré par %2, qui ne respecte que DO_NOT_TRACK=true. Définissez plutôt MLFLOW_DISABLE_TELEMETRY=true.</translation>
    </message>
    <message>
        <source>Its mere presence switches %1 telemetry off (a CI or managed runtime is assumed).</source>
        <translation>Sa seule présence désactive la télémétrie de %1 (l&apos;outil suppose un environnement d&apos;intégration continue ou d&apos;exécution géré).</translation>
    </message>
    <message>
        <source>Only &quot;true&quot; enables; &quot;%1&quot; disables.</source>
        <translation>Seul &quot;true&quot; active ; &quot;%1&quot; désactive.</translation>
    </message>
    <message>
        <source>A Rasa Pro developer licence: telemetry is always on and nothing overrides it.</source>
        <translation>Une licence de développeur Rasa Pro : la télémétrie est toujours active et rien ne prévaut sur elle.</translation>
    </message>
    <message>
        <source>A Rasa Pro developer licence is set in %1; with it Rasa always collects telemetry.</source>
        <translation>Une licence de développeur Rasa Pro est définie dans %1 ; avec elle, Rasa collecte toujours la télémétrie.</translation>
    </message>
    <message>
        <source>A Rasa Pro licence. With a developer licence telemetry is always on.</source>
        <translation>Une licence Rasa Pro. Avec une licence de développeur, la télémétrie est toujours active.</translation>
    </message>
    <message>
        <source>A test switch of %1: any value containing 1 or y turns its analytics off.</source>
        <translation>Un interrupteur de test de %1 : toute valeur contenant 1 ou y désactive ses statistiques.</translation>
    </message>
    <message>
        <source>Only values containing 1 or y (any case) have an effect.</source>
        <translation>Seules les valeurs contenant 1 ou y (quelle que soit la casse) ont un effet.</translation>
    </message>
    <message>
        <source>Consent given: %1 sends usage data.</source>
        <translation>Consentement donné : %1 envoie des données d&apos;utilisation.</translation>
    </message>
    <message>
        <source>No consent: %1 sends nothing.</source>
        <translation>Pas de consentement : %1 n&apos;envoie rien.</translation>
    </message>
</context>
<context>
    <name>IniDocument</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>section [%1] appears twice; configparser refuses such a file</source>
        <translation>la section [%1] apparaît deux fois ; configparser refuse un tel fichier</translation>
    </message>
    <message>
        <source>text before the first [section] header; configparser refuses such a file</source>
        <translation>du texte précède le premier en-tête [section] ; configparser refuse un tel fichier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a section header nor key = value</source>
        <translation>&quot;%1&quot; n&apos;est ni un en-tête de section ni une ligne clé = valeur</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; appears twice in section [%2]; configparser refuses such a file</source>
        <translation>la clé &quot;%1&quot; apparaît deux fois dans la section [%2] ; configparser refuse un tel fichier</translation>
    </message>
</context>
<context>
    <name>IniKeyWriter</name>
    <message>
        <source>%1 is not valid UTF-8 text, so %2 cannot read it; it was left unchanged. Fix the file and try again.</source>
        <translation>%1 n’est pas un texte UTF-8 valide, donc %2 ne peut pas le lire ; il n’a pas été modifié. Corrigez le fichier et réessayez.</translation>
    </message>
    <message>
        <source>%1 cannot be read the way %2 reads it (%3), so it was left unchanged. Fix the file and try again.</source>
        <translation>%1 ne peut pas être lu comme %2 le lit (%3), il n’a donc pas été modifié. Corrigez le fichier et réessayez.</translation>
    </message>
    <message>
        <source>%1 could not be changed safely (the result would not read back as intended); it was left unchanged. Set [%2] %3 = %4 by hand.</source>
        <translation>%1 n’a pas pu être modifié sans risque (le résultat ne se relirait pas comme prévu) ; il n’a pas été modifié. Définissez [%2] %3 = %4 à la main.</translation>
    </message>
</context>
<context>
    <name>JsonEdit</name>
    <message>
        <source>it is not valid JSON</source>
        <translation>ce n’est pas du JSON valide</translation>
    </message>
    <message>
        <source>it does not hold a JSON object</source>
        <translation>il ne contient pas d’objet JSON</translation>
    </message>
    <message>
        <source>its structure could not be followed</source>
        <translation>sa structure n’a pas pu être suivie</translation>
    </message>
</context>
<context>
    <name>JsonKeyWriter</name>
    <message>
        <source>%1 does not exist yet, and %2 only accepts this file with an id it makes itself. Run %2 once, then try again.</source>
        <translation>%1 n’existe pas encore, et %2 n’accepte ce fichier qu’avec un identifiant qu’il crée lui-même. Lancez %2 une fois, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 was left alone because %2. Correct it (or move it away) and try again.</source>
        <translation>%1 n’a pas été modifié, car %2. Corrigez-le (ou déplacez-le) et réessayez.</translation>
    </message>
</context>
<context>
    <name>JsonSetting</name>
    <message>
        <source>The file has no &quot;version&quot;: 1, so every ng command fails with &quot;Workspace config file cannot be loaded&quot;.</source>
        <translation>Le fichier n&apos;a pas de &quot;version&quot;: 1, donc chaque commande ng échoue avec &quot;Workspace config file cannot be loaded&quot;.</translation>
    </message>
    <message>
        <source>%1 expects an object holding %2 here; any other value makes every command fail.</source>
        <translation>%1 attend ici un objet contenant %2 ; toute autre valeur fait échouer chaque commande.</translation>
    </message>
    <message>
        <source>A string, which %1 treats as true.</source>
        <translation>Une chaîne, que %1 traite comme vraie.</translation>
    </message>
    <message>
        <source>%1 is the string %2 in %3, which %4 treats as true: telemetry stays on. Write the JSON boolean false, without quotes.</source>
        <translation>%1 est la chaîne %2 dans %3, que %4 traite comme vraie : la télémétrie reste active. Écrivez le booléen JSON false, sans guillemets.</translation>
    </message>
    <message>
        <source>A string, which %1 treats as true: telemetry is off.</source>
        <translation>Une chaîne, que %1 traite comme vraie : la télémétrie est désactivée.</translation>
    </message>
    <message>
        <source>%1 is the string %2 in %3, which %4 treats as true, so telemetry is off. Write the JSON boolean true to say what you mean.</source>
        <translation>%1 est la chaîne %2 dans %3, que %4 traite comme vraie : la télémétrie est donc désactivée. Écrivez le booléen JSON true pour être clair.</translation>
    </message>
    <message>
        <source>%1 accepts only the JSON booleans true or false here; %2 makes every command fail with &quot;An unexpected error occurred while trying to read the config&quot;.</source>
        <translation>%1 n&apos;accepte ici que les booléens JSON true ou false ; %2 fait échouer chaque commande avec &quot;An unexpected error occurred while trying to read the config&quot;.</translation>
    </message>
    <message>
        <source>A string here is the user id Angular sends with every event.</source>
        <translation>Une chaîne est ici l&apos;identifiant utilisateur qu&apos;Angular envoie avec chaque événement.</translation>
    </message>
    <message>
        <source>An empty user id: Angular sends nothing.</source>
        <translation>Un identifiant utilisateur vide : Angular n&apos;envoie rien.</translation>
    </message>
    <message>
        <source>%1 is the string &quot;false&quot; in %2, which Angular takes as your user id: analytics are on. Write the JSON boolean false.</source>
        <translation>%1 est la chaîne &quot;false&quot; dans %2, qu&apos;Angular prend pour votre identifiant utilisateur : les statistiques sont actives. Écrivez le booléen JSON false.</translation>
    </message>
    <message>
        <source>An object with a uid: Angular sends that user id.</source>
        <translation>Un objet avec un uid : Angular envoie cet identifiant utilisateur.</translation>
    </message>
    <message>
        <source>No user id: Angular asks in an interactive terminal and otherwise sends nothing.</source>
        <translation>Pas d&apos;identifiant utilisateur : Angular demande dans un terminal interactif et sinon n&apos;envoie rien.</translation>
    </message>
    <message>
        <source>%1 is no user id: Angular asks in an interactive terminal and otherwise sends nothing.</source>
        <translation>%1 n&apos;est pas un identifiant utilisateur : Angular demande dans un terminal interactif et sinon n&apos;envoie rien.</translation>
    </message>
    <message>
        <source>Without a valid date from 4 July 2022 on, %1 replaces this with enabled: true at its next run.</source>
        <translation>Sans date valide à partir du 4 juillet 2022, %1 remplace ceci par enabled: true à sa prochaine exécution.</translation>
    </message>
    <message>
        <source>%1 in %2 has no valid date next to it, so %3 turns it back to true at its next run, even for a status command. Switch %3 off with Telemetry Lens, which writes the date.</source>
        <translation>%1 dans %2 n&apos;a pas de date valide à côté : %3 le remet à true à sa prochaine exécution, même pour une commande d&apos;état. Désactivez %3 avec Telemetry Lens, qui écrit la date.</translation>
    </message>
    <message>
        <source>null counts as off, although the status command says Enabled.</source>
        <translation>null compte comme désactivé, bien que la commande d&apos;état affiche Enabled.</translation>
    </message>
    <message>
        <source>%1 is null in %2: %3 sends nothing, but its status command prints Enabled.</source>
        <translation>%1 vaut null dans %2 : %3 n&apos;envoie rien, mais sa commande d&apos;état affiche Enabled.</translation>
    </message>
</context>
<context>
    <name>OptOutPlanner</name>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation>%1 n&apos;a pas pu être lu (%2).</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which does not exist; it was left alone. Create the file it points to, or remove the link, and try again.</source>
        <translation>%1 est un lien vers %2, qui n&apos;existe pas ; il n&apos;a pas été touché. Créez le fichier vers lequel il pointe, ou supprimez le lien, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 cannot be created: part of its path is a file, not a folder.</source>
        <translation>%1 ne peut pas être créé : une partie de son chemin est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, FIFO or device); it was left alone.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (un dossier, un FIFO ou un périphérique) ; il n&apos;a pas été touché.</translation>
    </message>
    <message>
        <source>%1 is a loop of symbolic links; fix or remove the link.</source>
        <translation>%1 est une boucle de liens symboliques ; corrigez ou supprimez le lien.</translation>
    </message>
    <message>
        <source>%1 could not be examined: permission denied.</source>
        <translation>%1 n&apos;a pas pu être examiné : permission refusée.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, outside %3. Telemetry Lens writes only inside %3, so it left both unchanged: change %2 by hand, or replace the link with a file.</source>
        <translation>%1 est un lien vers %2, hors de %3. Telemetry Lens n&apos;écrit que dans %3 ; il n&apos;a donc modifié ni l&apos;un ni l&apos;autre : modifiez %2 à la main, ou remplacez le lien par un fichier.</translation>
    </message>
    <message>
        <source>%1 Check it by hand.</source>
        <translation>%1 Vérifiez-le à la main.</translation>
    </message>
    <message>
        <source>%1 is set to %2 in %3 line %4, which depends on other variables, so Telemetry Lens cannot tell which file %5 reads. Set it to a plain path and try again.</source>
        <translation>%1 est défini à %2 dans %3 (ligne %4), ce qui dépend d&apos;autres variables : Telemetry Lens ne peut donc pas savoir quel fichier %5 lit. Définissez-le à un chemin simple et réessayez.</translation>
    </message>
    <message>
        <source>%1 is set to the relative path %2, so the file %3 reads depends on the folder it starts in. Set it to an absolute path and try again.</source>
        <translation>%1 est défini au chemin relatif %2 : le fichier que %3 lit dépend donc du dossier depuis lequel il démarre. Définissez-le à un chemin absolu et réessayez.</translation>
    </message>
    <message>
        <source>login shells of every account</source>
        <translation>les shells de connexion de tous les comptes</translation>
    </message>
    <message>
        <source>every login session of every account (read by PAM)</source>
        <translation>chaque session de connexion de chaque compte (lu par PAM)</translation>
    </message>
    <message>
        <source>login shells and, on Debian and Ubuntu, the graphical session</source>
        <translation>les shells de connexion et, sous Debian et Ubuntu, la session graphique</translation>
    </message>
    <message>
        <source>bash login shells, which read it instead of ~/.profile</source>
        <translation>les shells de connexion bash, qui le lisent à la place de ~/.profile</translation>
    </message>
    <message>
        <source>every zsh, which does not read ~/.profile</source>
        <translation>chaque zsh, qui ne lit pas ~/.profile</translation>
    </message>
    <message>
        <source>every fish shell, which does not read ~/.profile</source>
        <translation>chaque shell fish, qui ne lit pas ~/.profile</translation>
    </message>
    <message>
        <source>programs started by the systemd user session (the graphical desktop)</source>
        <translation>les programmes lancés par la session utilisateur systemd (le bureau graphique)</translation>
    </message>
    <message>
        <source>Unknown tool &quot;%1&quot;; known tools: %2.</source>
        <translation>Outil « %1 » inconnu ; outils connus : %2.</translation>
    </message>
    <message>
        <source>%1 has no environment variable that switches it off, so it cannot be switched machine-wide.</source>
        <translation>%1 n&apos;a aucune variable d&apos;environnement qui le désactive ; il ne peut donc pas être désactivé pour toute la machine.</translation>
    </message>
    <message>
        <source>Telemetry Lens knows no setting that switches %1 off.</source>
        <translation>Telemetry Lens ne connaît aucun réglage qui désactive %1.</translation>
    </message>
    <message>
        <source>Ray reads usage_stats from this file; the JSON boolean false switches its usage statistics off.</source>
        <translation>Ray lit usage_stats dans ce fichier ; le booléen JSON false désactive ses statistiques d&apos;utilisation.</translation>
    </message>
    <message>
        <source>Ray reads usage_stats from this file; true switches its usage statistics on again.</source>
        <translation>Ray lit usage_stats dans ce fichier ; true réactive ses statistiques d&apos;utilisation.</translation>
    </message>
    <message>
        <source>Ray reads this when a cluster starts: clusters already running keep reporting until they are restarted.</source>
        <translation>Ray lit ce fichier au démarrage d&apos;un cluster : les clusters déjà en marche continuent d&apos;envoyer des rapports jusqu&apos;à leur redémarrage.</translation>
    </message>
    <message>
        <source>Skyplane reads [flags] usage_stats from this INI file; False switches its usage statistics off.</source>
        <translation>Skyplane lit [flags] usage_stats dans ce fichier INI ; False désactive ses statistiques d&apos;utilisation.</translation>
    </message>
    <message>
        <source>Skyplane reads [flags] usage_stats from this INI file; True switches its usage statistics on again.</source>
        <translation>Skyplane lit [flags] usage_stats dans ce fichier INI ; True réactive ses statistiques d&apos;utilisation.</translation>
    </message>
    <message>
        <source>Rasa reads metrics.enabled from this file; the YAML boolean false switches its telemetry off.</source>
        <translation>Rasa lit metrics.enabled dans ce fichier ; le booléen YAML false désactive sa télémétrie.</translation>
    </message>
    <message>
        <source>Rasa reads metrics.enabled from this file; the YAML boolean true switches its telemetry on again.</source>
        <translation>Rasa lit metrics.enabled dans ce fichier ; le booléen YAML true réactive sa télémétrie.</translation>
    </message>
    <message>
        <source>%1 reads %2 from the environment; this file gives %2=%3 to %4.</source>
        <translation>%1 lit %2 dans l&apos;environnement ; ce fichier fournit %2=%3 pour %4.</translation>
    </message>
    <message>
        <source>Removes %1 from the block Telemetry Lens manages, so %2 is no longer switched off here.</source>
        <translation>Retire %1 du bloc géré par Telemetry Lens : %2 n&apos;est donc plus désactivé ici.</translation>
    </message>
    <message>
        <source>Programs already running keep their old environment: open a new terminal or log in again for %1 to see %2.</source>
        <translation>Les programmes déjà lancés gardent leur ancien environnement : ouvrez un nouveau terminal ou reconnectez-vous pour que %1 voie %2.</translation>
    </message>
    <message>
        <source>%1 stays switched off by %2=%3 in %4 line %5, outside what Telemetry Lens manages: remove that line to switch it on.</source>
        <translation>%1 reste désactivé par %2=%3 dans %4 (ligne %5), en dehors de ce que gère Telemetry Lens : supprimez cette ligne pour le réactiver.</translation>
    </message>
    <message>
        <source>%1 is neither in the home folder nor in /etc; Telemetry Lens does not change it. Edit line %2 by hand.</source>
        <translation>%1 n&apos;est ni dans le dossier personnel ni dans /etc ; Telemetry Lens ne le modifie pas. Modifiez la ligne %2 à la main.</translation>
    </message>
    <message>
        <source>%1 line %2 is inside the block Telemetry Lens manages; it is not an override.</source>
        <translation>La ligne %2 de %1 se trouve dans le bloc géré par Telemetry Lens ; ce n&apos;est pas un forçage.</translation>
    </message>
    <message>
        <source>Comments out line %1, which sets %2 and overrides the opt-out (--fix-overrides); undo restores it.</source>
        <translation>Commente la ligne %1, qui définit %2 et prévaut sur la désactivation (--fix-overrides) ; undo la rétablit.</translation>
    </message>
    <message>
        <source>a variable</source>
        <translation>une variable</translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2</source>
        <translation>%1 ne peut pas être modifié : %2</translation>
    </message>
    <message>
        <source>%1 reads %2 from this TOML file; the TOML boolean false switches it off.</source>
        <translation>%1 lit %2 dans ce fichier TOML ; le booléen TOML false le désactive.</translation>
    </message>
    <message>
        <source>%1 reads %2 from this TOML file; the TOML boolean true switches it on again.</source>
        <translation>%1 lit %2 dans ce fichier TOML ; le booléen TOML true le réactive.</translation>
    </message>
    <message>
        <source>%1 is switched for the whole machine in %2; use --scope system (as root) to change it.</source>
        <translation>%1 se règle pour toute la machine dans %2 ; utilisez --scope system (en root) pour le modifier.</translation>
    </message>
    <message>
        <source>%1 is set to %2 in %3 line %4, so Telemetry Lens cannot tell which file %5 reads. Set it to a plain absolute path and try again.</source>
        <translation>%1 vaut %2 dans %3 ligne %4 : Telemetry Lens ne peut donc pas savoir quel fichier %5 lit. Donnez-lui un chemin absolu simple et réessayez.</translation>
    </message>
    <message>
        <source>Telemetry Lens has no writer named %1 for the settings file of %2.</source>
        <translation>Telemetry Lens n’a pas de rédacteur nommé %1 pour le fichier de réglages de %2.</translation>
    </message>
    <message>
        <source>%1 reads %2 from this file; %3 switches it off.</source>
        <translation>%1 lit %2 dans ce fichier ; %3 le désactive.</translation>
    </message>
    <message>
        <source>%1 reads %2 from this file; without it, %1 is back to its default.</source>
        <translation>%1 lit %2 dans ce fichier ; sans cette clé, %1 revient à son réglage par défaut.</translation>
    </message>
    <message>
        <source>%1 reads %2 from this file; %3 switches it on again.</source>
        <translation>%1 lit %2 dans ce fichier ; %3 le réactive.</translation>
    </message>
    <message>
        <source>%1 reads %2 from this YAML file; the YAML boolean false switches it off.</source>
        <translation>%1 lit %2 dans ce fichier YAML ; le booléen YAML false le désactive.</translation>
    </message>
    <message>
        <source>%1 reads %2 from this YAML file; the YAML boolean true switches it on again.</source>
        <translation>%1 lit %2 dans ce fichier YAML ; le booléen YAML true le réactive.</translation>
    </message>
    <message>
        <source>Ultralytics reads sync from this JSON file; the JSON boolean false switches its events and crash reports off. Every other key and the settings_version are kept.</source>
        <translation>Ultralytics lit sync dans ce fichier JSON ; le booléen JSON false désactive ses événements et ses rapports de plantage. Toutes les autres clés et la settings_version sont conservées.</translation>
    </message>
    <message>
        <source>Ultralytics reads sync from this JSON file; true switches its events on again.</source>
        <translation>Ultralytics lit sync dans ce fichier JSON ; true réactive ses événements.</translation>
    </message>
    <message>
        <source>Ultralytics resets this file, sync included, when its keys, types or settings_version no longer match the installed release, for example after an upgrade: check again after upgrading Ultralytics.</source>
        <translation>Ultralytics réinitialise ce fichier, sync compris, quand ses clés, ses types ou sa settings_version ne correspondent plus à la version installée, par exemple après une mise à jour : vérifiez de nouveau après chaque mise à jour d&apos;Ultralytics.</translation>
    </message>
    <message>
        <source>%1 reads this file after %2, so its %3 line would decide; it is set the same way.</source>
        <translation>%1 lit ce fichier après %2, sa ligne %3 déciderait donc ; elle est réglée de la même façon.</translation>
    </message>
    <message>
        <source>%1 beats the setting written for %2, so %3=%4 is set in the environment too, which %2 reads before any settings file.</source>
        <translation>%1 l’emporte sur le réglage écrit pour %2 ; %3=%4 est donc aussi défini dans l’environnement, que %2 lit avant tout fichier de réglages.</translation>
    </message>
</context>
<context>
    <name>OverrideFixer</name>
    <message>
        <source>%1 no longer exists, so line %2 could not be disabled.</source>
        <translation>%1 n&apos;existe plus ; la ligne %2 n&apos;a donc pas pu être désactivée.</translation>
    </message>
    <message>
        <source>%1 has no line %2 (it has %3); scan again and retry.</source>
        <translation>%1 n&apos;a pas de ligne %2 (il en a %3) ; relancez l&apos;analyse et réessayez.</translation>
    </message>
    <message>
        <source>%1 line %2 no longer sets %3; scan again and retry.</source>
        <translation>La ligne %2 de %1 ne définit plus %3 ; relancez l&apos;analyse et réessayez.</translation>
    </message>
    <message>
        <source>%1 line %2 continues onto the next line; commenting it out would change what the next line does, so it was left unchanged. Edit it by hand.</source>
        <translation>La ligne %2 de %1 se poursuit sur la ligne suivante ; la commenter changerait l&apos;effet de la ligne suivante, elle n&apos;a donc pas été modifiée. Modifiez-la à la main.</translation>
    </message>
</context>
<context>
    <name>Payloads</name>
    <message>
        <source>Each new cluster has a new session_id (its cluster id); the one shown is a made-up example.</source>
        <translation>Chaque nouveau cluster a un nouveau session_id (son identifiant de cluster) ; celui affiché est un exemple inventé.</translation>
    </message>
    <message>
        <source>Values Ray measures while the cluster runs (nodes, memory, GPUs, libraries used, its own counters in extra_usage_tags) are null here; Ray fills them in.</source>
        <translation>Les valeurs que Ray mesure pendant que le cluster tourne (nœuds, mémoire, GPU, bibliothèques utilisées, ses propres compteurs dans extra_usage_tags) valent null ici ; Ray les remplit.</translation>
    </message>
    <message>
        <source>The first report is sent about a minute after the cluster starts, then one every hour.</source>
        <translation>Le premier rapport est envoyé environ une minute après le démarrage du cluster, puis un toutes les heures.</translation>
    </message>
    <message>
        <source>No installed Ray version was found, so ray_version is null.</source>
        <translation>Aucune version installée de Ray n&apos;a été trouvée ; ray_version vaut donc null.</translation>
    </message>
    <message>
        <source>Skyplane posts the report as a Loki log line: {&quot;streams&quot;: [{&quot;stream&quot;: {&quot;type&quot;: &quot;usage&quot; or &quot;error&quot;, &quot;environment&quot;: &quot;api&quot;}, &quot;values&quot;: [[&quot;&lt;time in ns&gt;&quot;, &quot;&lt;this report as JSON text&gt;&quot;]]}]}.</source>
        <translation>Skyplane envoie le rapport sous forme de ligne de journal Loki : {&quot;streams&quot;: [{&quot;stream&quot;: {&quot;type&quot;: &quot;usage&quot; ou &quot;error&quot;, &quot;environment&quot;: &quot;api&quot;}, &quot;values&quot;: [[&quot;&lt;heure en ns&gt;&quot;, &quot;&lt;ce rapport en texte JSON&gt;&quot;]]}]}.</translation>
    </message>
    <message>
        <source>Regions, cloud providers, command arguments and transfer statistics come from the transfer itself and are null here; for a copy from or to this computer the region is the local path.</source>
        <translation>Les régions, les fournisseurs cloud, les arguments de commande et les statistiques de transfert proviennent du transfert lui-même et valent null ici ; pour une copie depuis ou vers cet ordinateur, la région est le chemin local.</translation>
    </message>
    <message>
        <source>Every event gets a new session_id: the date and time plus 8 random hex digits.</source>
        <translation>Chaque événement reçoit un nouveau session_id : la date et l&apos;heure suivies de 8 chiffres hexadécimaux aléatoires.</translation>
    </message>
    <message>
        <source>No client id was found yet: Skyplane writes one (this machine&apos;s MAC address) on its first run.</source>
        <translation>Aucun identifiant client n&apos;a encore été trouvé : Skyplane en écrit un (l&apos;adresse MAC de cette machine) à sa première exécution.</translation>
    </message>
    <message>
        <source>One example event; MLflow sends up to 500 of them per request, every 10 seconds. session_id and partition-key are new random values.</source>
        <translation>Un exemple d&apos;événement ; MLflow en envoie jusqu&apos;à 500 par requête, toutes les 10 secondes. session_id et partition-key sont de nouvelles valeurs aléatoires.</translation>
    </message>
    <message>
        <source>params is JSON text inside the JSON (a string), not an object.</source>
        <translation>params est du texte JSON à l&apos;intérieur du JSON (une chaîne), pas un objet.</translation>
    </message>
    <message>
        <source>No installation id exists yet: MLflow creates one at its first run; the one shown is a made-up example.</source>
        <translation>Aucun identifiant d&apos;installation n&apos;existe encore : MLflow en crée un à sa première exécution ; celui affiché est un exemple inventé.</translation>
    </message>
    <message>
        <source>tracking_uri_scheme depends on the tracking store your MLflow version uses by default; it is null here.</source>
        <translation>tracking_uri_scheme dépend du stockage de suivi que votre version de MLflow utilise par défaut ; il vaut null ici.</translation>
    </message>
    <message>
        <source>project is the SHA-256 of the output of `git remote get-url origin` in the project folder (null outside a Git repository); directory is the SHA-256 of the folder Rasa runs in, here %1.</source>
        <translation>project est le SHA-256 de la sortie de `git remote get-url origin` dans le dossier du projet (null hors d&apos;un dépôt Git) ; directory est le SHA-256 du dossier dans lequel Rasa s&apos;exécute, ici %1.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Event-specific properties (for Training Started: counts of intents, entities and actions, the pipeline and policies) are sent next to metrics_id.</source>
        <translation>Les propriétés propres à chaque événement (pour Training Started : le nombre d&apos;intentions, d&apos;entités et d&apos;actions, le pipeline et les politiques) sont envoyées à côté de metrics_id.</translation>
    </message>
    <message>
        <source>No rasa_user_id exists yet: Rasa creates one at its next run; the one shown is a made-up example.</source>
        <translation>Aucun rasa_user_id n&apos;existe encore : Rasa en crée un à sa prochaine exécution ; celui affiché est un exemple inventé.</translation>
    </message>
    <message>
        <source>An example built from what %1&apos;s code sends; values in angle brackets are filled in when it runs.</source>
        <translation>Un exemple construit d’après ce qu’envoie le code de %1 ; les valeurs entre chevrons sont remplies à l’exécution.</translation>
    </message>
    <message>
        <source>Fields: %1.</source>
        <translation>Champs : %1.</translation>
    </message>
    <message>
        <source>Still sent after the opt-out: %1.</source>
        <translation>Toujours envoyé après la désactivation : %1.</translation>
    </message>
    <message>
        <source>No example of %1&apos;s request is shown: only the fields its code sends are known.</source>
        <translation>Aucun exemple de requête de %1 n’est montré : seuls les champs que son code envoie sont connus.</translation>
    </message>
    <message>
        <source>What %1 sends is not known from its code; only where it sends is shown.</source>
        <translation>Ce qu’envoie %1 n’est pas connu par son code ; seule sa destination est montrée.</translation>
    </message>
</context>
<context>
    <name>RasaConfigEditor</name>
    <message>
        <source>%1 is created with only the opt-out. No rasa_user_id or date is invented: Rasa keeps this file as it is, and has no id to send while telemetry is off.</source>
        <translation>%1 est créé avec seulement la désactivation. Aucun rasa_user_id ni aucune date n&apos;est inventé : Rasa conserve ce fichier tel quel et n&apos;a aucun identifiant à envoyer tant que la télémétrie est désactivée.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML (line %2: %3). Rasa reads such a file as empty and switches telemetry back on at its next run; it was left unchanged: fix it and try again.</source>
        <translation>%1 n&apos;est pas du YAML valide (ligne %2 : %3). Rasa lit un tel fichier comme vide et réactive la télémétrie à sa prochaine exécution ; il n&apos;a pas été modifié : corrigez-le et réessayez.</translation>
    </message>
    <message>
        <source>%1 holds %2 YAML documents; Rasa reads only a single one and would switch telemetry back on. It was left unchanged: keep one document and try again.</source>
        <translation>%1 contient %2 documents YAML ; Rasa n&apos;en lit qu&apos;un seul et réactiverait la télémétrie. Il n&apos;a pas été modifié : ne gardez qu&apos;un document et réessayez.</translation>
    </message>
    <message>
        <source>%1 does not hold a map of settings, so Rasa would replace it; it was left unchanged. Fix or remove it and try again.</source>
        <translation>%1 ne contient pas de table de réglages ; Rasa le remplacerait donc. Il n&apos;a pas été modifié. Corrigez-le ou supprimez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is written in YAML flow style ({...}); Telemetry Lens only edits block style. It was left unchanged: set metrics.enabled: %2 by hand.</source>
        <translation>%1 est écrit en style de flux YAML ({...}) ; Telemetry Lens ne modifie que le style bloc. Il n&apos;a pas été modifié : définissez metrics.enabled: %2 à la main.</translation>
    </message>
    <message>
        <source>%1 has the key &quot;%2&quot; twice (line %3); Rasa cannot read such a file and would switch telemetry back on. It was left unchanged: remove the duplicate and try again.</source>
        <translation>%1 contient deux fois la clé &quot;%2&quot; (ligne %3) ; Rasa ne peut pas lire un tel fichier et réactiverait la télémétrie. Il n&apos;a pas été modifié : supprimez le doublon et réessayez.</translation>
    </message>
    <message>
        <source>%1: the value of %2.enabled (line %3) is written in a form Telemetry Lens does not edit (several lines, a nested value or an unusual key). The file was left unchanged: set %2.enabled: %4 by hand.</source>
        <translation>%1 : la valeur de %2.enabled (ligne %3) est écrite sous une forme que Telemetry Lens ne modifie pas (plusieurs lignes, une valeur imbriquée ou une clé inhabituelle). Le fichier n&apos;a pas été modifié : définissez %2.enabled: %4 à la main.</translation>
    </message>
    <message>
        <source>%1: %2 is written in YAML flow style ({...}); Telemetry Lens only edits block style. It was left unchanged: set %2.enabled: %3 by hand.</source>
        <translation>%1 : %2 est écrit en style de flux YAML ({...}) ; Telemetry Lens ne modifie que le style bloc. Il n&apos;a pas été modifié : définissez %2.enabled: %3 à la main.</translation>
    </message>
    <message>
        <source>%1: metrics (line %2) is not a map, so Rasa cannot read its opt-out and would rewrite the file with telemetry on. It was left unchanged: fix it and try again.</source>
        <translation>%1 : metrics (ligne %2) n&apos;est pas une table ; Rasa ne peut donc pas lire sa désactivation et réécrirait le fichier avec la télémétrie activée. Il n&apos;a pas été modifié : corrigez-le et réessayez.</translation>
    </message>
    <message>
        <source>%1 could not be changed safely (the result would not read back as intended); it was left unchanged. Set metrics.enabled: %2 by hand.</source>
        <translation>%1 n&apos;a pas pu être modifié sans risque (le résultat ne se relirait pas comme prévu) ; il n&apos;a pas été modifié. Définissez metrics.enabled: %2 à la main.</translation>
    </message>
    <message>
        <source>%1 is too large or too deeply aliased to be checked safely; it was left unchanged. Check what wrote it, fix it, and try again.</source>
        <translation>%1 est trop volumineux ou utilise trop d&apos;alias imbriqués pour être vérifié sans risque ; il n&apos;a pas été modifié. Vérifiez ce qui l&apos;a écrit, corrigez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>RayConfigEditor</name>
    <message>
        <source>%1 is nested more than %2 levels deep, so it was not read and was left unchanged. Check what wrote it, fix or remove it, and try again.</source>
        <translation>%1 est imbriqué sur plus de %2 niveaux ; il n&apos;a donc pas été lu ni modifié. Vérifiez ce qui l&apos;a écrit, corrigez-le ou supprimez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2). Ray would replace it with an empty file and lose its content, so it was left unchanged: fix or remove it and try again.</source>
        <translation>%1 n&apos;est pas du JSON valide (%2). Ray le remplacerait par un fichier vide et perdrait son contenu ; il n&apos;a donc pas été modifié : corrigez-le ou supprimez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object (it holds a %2), so Ray ignores it and it was left unchanged: fix or remove it and try again.</source>
        <translation>%1 ne contient pas d&apos;objet JSON (il contient un %2) ; Ray l&apos;ignore donc, et il n&apos;a pas été modifié : corrigez-le ou supprimez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 could not be written back as JSON (%2); it was left unchanged.</source>
        <translation>%1 n&apos;a pas pu être réécrit en JSON (%2) ; il n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>RecordReader</name>
    <message>
        <source>it is not valid JSON</source>
        <translation>ce n’est pas du JSON valide</translation>
    </message>
    <message>
        <source>%1 writes %2 even while its telemetry is switched off: the file is not a sign that it collects, and deleting it does not opt out.</source>
        <translation>%1 écrit %2 même lorsque sa télémétrie est désactivée : le fichier n’indique pas qu’il collecte, et le supprimer ne désactive rien.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2), so its %3 is unknown.</source>
        <translation>%1 ne peut pas être lu (%2) : son %3 est donc inconnu.</translation>
    </message>
</context>
<context>
    <name>Resolver</name>
    <message>
        <source>this session&apos;s environment</source>
        <translation>l&apos;environnement de cette session</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 (ligne %2)</translation>
    </message>
    <message>
        <source>Unsets %1 inside a condition or function.</source>
        <translation>Supprime la variable %1 à l&apos;intérieur d&apos;une condition ou d&apos;une fonction.</translation>
    </message>
    <message>
        <source>Unsets %1.</source>
        <translation>Supprime la variable %1.</translation>
    </message>
    <message>
        <source>Inside a condition or function: it applies only when that code runs, which cannot be known without running the shell.</source>
        <translation>À l&apos;intérieur d&apos;une condition ou d&apos;une fonction : ne s&apos;applique que lorsque ce code s&apos;exécute, ce qu&apos;on ne peut pas savoir sans exécuter le shell.</translation>
    </message>
    <message>
        <source>Overridden later by %1.</source>
        <translation>Redéfinie plus loin, dans %1.</translation>
    </message>
    <message>
        <source>Set but not exported: programs do not see it.</source>
        <translation>Définie mais non exportée : les programmes ne la voient pas.</translation>
    </message>
    <message>
        <source>Overridden later by %1=%2 in %3.</source>
        <translation>Redéfinie plus loin en %1=%2 dans %3.</translation>
    </message>
    <message>
        <source>Unset again later, so it has no effect.</source>
        <translation>Supprimée de nouveau plus loin ; elle n&apos;a donc aucun effet.</translation>
    </message>
    <message>
        <source>This file belongs to a shell this account does not log in with, so it is not applied.</source>
        <translation>Ce fichier appartient à un shell avec lequel ce compte ne se connecte pas ; il n&apos;est donc pas appliqué.</translation>
    </message>
    <message>
        <source>%1 sets %2=%3, but this account does not log in with that shell, so %4 does not see it.</source>
        <translation>%1 définit %2=%3, mais ce compte ne se connecte pas avec ce shell ; %4 ne le voit donc pas.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non définie)</translation>
    </message>
    <message>
        <source>In this session %1 is %2; in new terminals and sessions it will be %3.</source>
        <translation>Dans cette session, %1 vaut %2 ; dans les nouveaux terminaux et les nouvelles sessions, elle vaudra %3.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 treats the file as if it had no setting.</source>
        <translation>JSON invalide : %1 traite le fichier comme s&apos;il ne contenait aucun réglage.</translation>
    </message>
    <message>
        <source>Not a JSON object: %1 treats the file as if it had no setting.</source>
        <translation>Pas un objet JSON : %1 traite le fichier comme s&apos;il ne contenait aucun réglage.</translation>
    </message>
    <message>
        <source>%1 is not a valid JSON object, so %2 ignores it, and %2 replaces it with {} the next time it saves a setting. Fix or remove the file.</source>
        <translation>%1 n&apos;est pas un objet JSON valide : %2 l&apos;ignore donc, et le remplace par {} la prochaine fois qu&apos;il enregistre un réglage. Corrigez ou supprimez le fichier.</translation>
    </message>
    <message>
        <source>The file has no %1 value, so it does not decide.</source>
        <translation>Le fichier n&apos;a pas de valeur %1 ; il n&apos;est donc pas décisif.</translation>
    </message>
    <message>
        <source>%1 accepts only the JSON booleans true or false here; %2 makes it raise an error at start.</source>
        <translation>%1 n&apos;accepte ici que les booléens JSON true ou false ; %2 provoque une erreur au démarrage.</translation>
    </message>
    <message>
        <source>unreadable INI file</source>
        <translation>fichier INI illisible</translation>
    </message>
    <message>
        <source>The file holds JSON, but %1 reads it as an INI file: every %1 command fails. (Its documentation wrongly shows JSON.)</source>
        <translation>Le fichier contient du JSON, mais %1 le lit comme un fichier INI : toutes les commandes %1 échouent. (Sa documentation montre à tort du JSON.)</translation>
    </message>
    <message>
        <source>%1 cannot read this file (%2): every %1 command fails until it is fixed.</source>
        <translation>%1 ne peut pas lire ce fichier (%2) : toutes les commandes %1 échouent tant qu&apos;il n&apos;est pas corrigé.</translation>
    </message>
    <message>
        <source>%1 cannot be read by %2 (%3). Fix the file; Telemetry Lens will not rewrite it.</source>
        <translation>%1 ne peut pas être lu par %2 (%3). Corrigez le fichier ; Telemetry Lens ne le réécrira pas.</translation>
    </message>
    <message>
        <source>The file has no [%1] %2 key, so it does not decide.</source>
        <translation>Le fichier n&apos;a pas de clé [%1] %2 ; il n&apos;est donc pas décisif.</translation>
    </message>
    <message>
        <source>Malformed YAML: %1 reads it as empty.</source>
        <translation>YAML mal formé : %1 le lit comme vide.</translation>
    </message>
    <message>
        <source>%1 is malformed (%2): %3 reads it as empty and rewrites it with telemetry switched on at its next run. Fix the file.</source>
        <translation>%1 est mal formé (%2) : %3 le lit comme vide et le réécrit avec la télémétrie activée à sa prochaine exécution. Corrigez le fichier.</translation>
    </message>
    <message>
        <source>The file holds no settings; %1 writes a fresh one with telemetry on at its next run.</source>
        <translation>Le fichier ne contient aucun réglage ; %1 en écrit un nouveau avec la télémétrie activée à sa prochaine exécution.</translation>
    </message>
    <message>
        <source>%1 is not a YAML mapping: %2 reads it as empty and rewrites it with telemetry switched on at its next run. Fix the file.</source>
        <translation>%1 n&apos;est pas une table de correspondance YAML : %2 le lit comme vide et le réécrit avec la télémétrie activée à sa prochaine exécution. Corrigez le fichier.</translation>
    </message>
    <message>
        <source>No %1 section: %2 writes one with telemetry on at its next run.</source>
        <translation>Aucune section %1 : %2 en écrit une avec la télémétrie activée à sa prochaine exécution.</translation>
    </message>
    <message>
        <source>The %1 section has no %2 key: %3 raises an error when it checks telemetry.</source>
        <translation>La section %1 n&apos;a pas de clé %2 : %3 lève une erreur lorsqu&apos;il vérifie la télémétrie.</translation>
    </message>
    <message>
        <source>(a list or mapping)</source>
        <translation>(une liste ou une table de correspondance)</translation>
    </message>
    <message>
        <source>A quoted string, which %1 treats as true.</source>
        <translation>Une chaîne entre guillemets, que %1 traite comme true.</translation>
    </message>
    <message>
        <source>%1 is the quoted string &quot;%2&quot; in %3, which %4 treats as true: telemetry stays on. Write the YAML boolean false, without quotes.</source>
        <translation>%1 est la chaîne entre guillemets &quot;%2&quot; dans %3, que %4 traite comme true : la télémétrie reste active. Écrivez le booléen YAML false, sans guillemets.</translation>
    </message>
    <message>
        <source>null counts as false.</source>
        <translation>null compte comme false.</translation>
    </message>
    <message>
        <source>In YAML 1.2 this is a string, not a boolean, and %1 treats any non-empty string as true.</source>
        <translation>En YAML 1.2, c&apos;est une chaîne et non un booléen, et %1 traite toute chaîne non vide comme true.</translation>
    </message>
    <message>
        <source>%1: %2 in %3 is a string in YAML 1.2, which %4 treats as true: telemetry stays on. Write false.</source>
        <translation>%1 : %2 dans %3 est une chaîne en YAML 1.2, que %4 traite comme true : la télémétrie reste active. Écrivez false.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This file marks a managed runtime, where %1 does not collect.</source>
        <translation>Ce fichier signale un environnement d&apos;exécution géré, dans lequel %1 ne collecte pas.</translation>
    </message>
    <message>
        <source>Not used: %1 decides first.</source>
        <translation>Non utilisé : %1 est pris en compte en premier.</translation>
    </message>
    <message>
        <source>collects by default</source>
        <translation>collecte par défaut</translation>
    </message>
    <message>
        <source>%1 ignores DO_NOT_TRACK.</source>
        <translation>%1 ignore DO_NOT_TRACK.</translation>
    </message>
    <message>
        <source>Collecting: nothing switches it off, and %1 collects by default.</source>
        <translation>Collecte : rien ne la désactive, et %1 collecte par défaut.</translation>
    </message>
    <message>
        <source>Misconfigured: %1 cannot read %2, so it fails to start.</source>
        <translation>Mal configurée : %1 ne peut pas lire %2 ; il ne démarre donc pas.</translation>
    </message>
    <message>
        <source>Misconfigured: %1 in %2 is a value %3 rejects, so %3 fails to start.</source>
        <translation>Mal configurée : %1 dans %2 est une valeur que %3 rejette ; %3 ne démarre donc pas.</translation>
    </message>
    <message>
        <source>Collecting because %1 in %2 is a quoted string, which %3 treats as true.</source>
        <translation>Collecte, car %1 dans %2 est une chaîne entre guillemets, que %3 traite comme true.</translation>
    </message>
    <message>
        <source>Collecting because %1 in %2 overrides %3 in %4.</source>
        <translation>Collecte, car %1 dans %2 prévaut sur %3 dans %4.</translation>
    </message>
    <message>
        <source>Collecting because of %1 in %2.</source>
        <translation>Collecte en raison de %1 dans %2.</translation>
    </message>
    <message>
        <source>Off because %1 in %2 overrides %3 in %4.</source>
        <translation>Désactivée, car %1 dans %2 prévaut sur %3 dans %4.</translation>
    </message>
    <message>
        <source>Off because %1 exists, which marks a managed runtime.</source>
        <translation>Désactivée, car %1 existe, ce qui signale un environnement d&apos;exécution géré.</translation>
    </message>
    <message>
        <source>Off because of %1 in %2.</source>
        <translation>Désactivée par %1 dans %2.</translation>
    </message>
    <message>
        <source>Collecting because %1 in %2 overrides %3 in %4, and that value does not switch %5 off.</source>
        <translation>Collecte, car %1 dans %2 prévaut sur %3 dans %4, et cette valeur ne désactive pas %5.</translation>
    </message>
    <message>
        <source>Not valid TOML (%1): %2 skips the file.</source>
        <translation>TOML non valide (%1) : %2 ignore le fichier.</translation>
    </message>
    <message>
        <source>%1 is not valid TOML (%2): current %3 releases ignore it, older ones fail to start. Fix the file; Telemetry Lens will not rewrite it.</source>
        <translation>%1 n’est pas du TOML valide (%2) : les versions actuelles de %3 l’ignorent, les anciennes ne démarrent pas. Corrigez le fichier ; Telemetry Lens ne le réécrira pas.</translation>
    </message>
    <message>
        <source>%1 is the quoted string &quot;%2&quot; in %3, which %4 treats as true: telemetry stays on. Write the TOML boolean false, without quotes.</source>
        <translation>%1 est la chaîne entre guillemets « %2 » dans %3, que %4 traite comme vraie : la télémétrie reste active. Écrivez le booléen TOML false, sans guillemets.</translation>
    </message>
    <message>
        <source>The file does not set %1, so it does not decide.</source>
        <translation>Le fichier ne définit pas %1, il ne décide donc pas.</translation>
    </message>
    <message>
        <source>Not read while %1 is set to a non-empty value (%1=%2 in %3).</source>
        <translation>N’est pas lu tant que %1 a une valeur non vide (%1=%2 dans %3).</translation>
    </message>
    <message>
        <source>Not read: the variable in its path (%1) is not set for this account.</source>
        <translation>Non lu : la variable de son chemin (%1) n&apos;est pas définie pour ce compte.</translation>
    </message>
    <message>
        <source>unreadable YAML file</source>
        <translation>fichier YAML illisible</translation>
    </message>
    <message>
        <source>%1 cannot read this file as YAML (%2): it fails when it loads its settings.</source>
        <translation>%1 ne peut pas lire ce fichier comme du YAML (%2) : il échoue en chargeant ses réglages.</translation>
    </message>
    <message>
        <source>The file holds no settings, so it does not decide.</source>
        <translation>Le fichier ne contient aucun réglage, il ne décide donc pas.</translation>
    </message>
    <message>
        <source>The file does not hold a mapping of settings, so %1 does not use it.</source>
        <translation>Le fichier ne contient pas de correspondance de réglages, donc %1 ne l&apos;utilise pas.</translation>
    </message>
    <message>
        <source>%1 is not a YAML mapping: %2 replaces it with a fresh configuration, with analytics on, the next time it saves a setting. Fix the file.</source>
        <translation>%1 n&apos;est pas une correspondance YAML : %2 le remplace par une configuration neuve, analyses actives, la prochaine fois qu&apos;il enregistre un réglage. Corrigez le fichier.</translation>
    </message>
    <message>
        <source>%1 must be a mapping that holds %2; %3 raises an error when it reads %4.</source>
        <translation>%1 doit être une correspondance qui contient %2 ; %3 lève une erreur en lisant %4.</translation>
    </message>
    <message>
        <source>A quoted string; pydantic still reads it as a boolean.</source>
        <translation>Une chaîne entre guillemets ; pydantic la lit quand même comme un booléen.</translation>
    </message>
    <message>
        <source>pydantic accepts only a boolean here (true, false, yes, no, on, off, 1, 0, ...); %1 fails to load its configuration with %2.</source>
        <translation>pydantic n&apos;accepte ici qu&apos;un booléen (true, false, yes, no, on, off, 1, 0, …) ; avec %2, %1 ne parvient pas à charger sa configuration.</translation>
    </message>
    <message>
        <source>In YAML 1.1 this is a string, not a boolean, and %1 treats any non-empty string as true.</source>
        <translation>En YAML 1.1, c&apos;est une chaîne et non un booléen, et %1 considère toute chaîne non vide comme vraie.</translation>
    </message>
    <message>
        <source>%1 is the string &quot;%2&quot; in %3, which %4 treats as true: telemetry stays on. Write the YAML boolean false, without quotes.</source>
        <translation>%1 est la chaîne &quot;%2&quot; dans %3, que %4 considère comme vraie : la télémétrie reste active. Écrivez le booléen YAML false, sans guillemets.</translation>
    </message>
    <message>
        <source>%1 (%2 resets the file to sync true)</source>
        <translation>%1 (%2 remet le fichier à sync true)</translation>
    </message>
    <message>
        <source>%1 resets this file to its defaults, sync true included, when it is next imported: %2.</source>
        <translation>%1 remet ce fichier à ses valeurs par défaut, sync à true compris, à son prochain import : %2.</translation>
    </message>
    <message>
        <source>%1 will be reset by %2 at its next import (%3): sync goes back to true and telemetry stays on. Fix the file, or run yolo settings reset and then yolo settings sync=False.</source>
        <translation>%1 sera réinitialisé par %2 à son prochain import (%3) : sync repasse à true et la télémétrie reste active. Corrigez le fichier, ou lancez yolo settings reset puis yolo settings sync=False.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Kept only while the file matches the installed release: settings version %1.</source>
        <translation>Conservé seulement tant que le fichier correspond à la version installée : version des réglages %1.</translation>
    </message>
    <message>
        <source>Malformed YAML: %1 fails inside this project.</source>
        <translation>YAML mal formé : %1 échoue dans ce projet.</translation>
    </message>
    <message>
        <source>%1 is malformed YAML (%2): %3 fails inside that project. Fix the file; Telemetry Lens will not rewrite it.</source>
        <translation>%1 est un YAML mal formé (%2) : %3 échoue dans ce projet. Corrigez le fichier ; Telemetry Lens ne le réécrira pas.</translation>
    </message>
    <message>
        <source>%1 (not set)</source>
        <translation>%1 (non défini)</translation>
    </message>
    <message>
        <source>Applies inside %1, but %2 decides first there too.</source>
        <translation>S’applique dans %1, mais %2 y décide aussi en premier.</translation>
    </message>
    <message>
        <source>Applies inside %1: %2 fails there.</source>
        <translation>S’applique dans %1 : %2 y échoue.</translation>
    </message>
    <message>
        <source>Applies inside %1: collecting there.</source>
        <translation>S’applique dans %1 : collecte active.</translation>
    </message>
    <message>
        <source>Applies inside %1: off there.</source>
        <translation>S’applique dans %1 : désactivé là.</translation>
    </message>
    <message>
        <source>Applies inside %1, but decides nothing there.</source>
        <translation>S’applique dans %1, mais n’y décide rien.</translation>
    </message>
    <message>
        <source>%1 in %2 switches %3 back on inside %4, whatever your own settings say.</source>
        <translation>%1 dans %2 réactive %3 dans %4, quels que soient vos propres réglages.</translation>
    </message>
    <message numerus="yes">
        <source>Inside %n project folder(s) a project file applies instead (listed as conditional).</source>
        <translation>
            <numerusform>Dans %n dossier de projet, un fichier de projet s’applique à la place (listé comme conditionnel).</numerusform>
            <numerusform>Dans %n dossiers de projet, un fichier de projet s’applique à la place (listé comme conditionnel).</numerusform>
        </translation>
    </message>
    <message>
        <source>unreadable JSON file</source>
        <translation>fichier JSON illisible</translation>
    </message>
    <message>
        <source>%1 cannot load this file and exits with &quot;Error loading configuration&quot;.</source>
        <translation>%1 ne peut pas charger ce fichier et quitte avec « Error loading configuration ».</translation>
    </message>
    <message>
        <source>%1 is not a valid JSON object: every %2 command fails until it is fixed. Telemetry Lens will not rewrite it.</source>
        <translation>%1 n’est pas un objet JSON valide : toute commande %2 échoue tant qu’il n’est pas corrigé. Telemetry Lens ne le réécrira pas.</translation>
    </message>
    <message>
        <source>%1 accepts only the JSON booleans true or false here; with %2 it exits with &quot;Error loading configuration&quot;.</source>
        <translation>%1 n’accepte ici que les booléens JSON true ou false ; avec %2, il quitte avec « Error loading configuration ».</translation>
    </message>
    <message>
        <source>false does not switch anything on; the other settings decide.</source>
        <translation>false n’active rien ; les autres réglages décident.</translation>
    </message>
    <message>
        <source>Off: nothing switches it on, and %1 collects only when it is turned on.</source>
        <translation>Désactivé : rien ne l’active, et %1 ne collecte que s’il est activé.</translation>
    </message>
    <message>
        <source>Not a valid JSON object: %1 stops with an error at start.</source>
        <translation>Pas un objet JSON valide : %1 s&apos;arrête sur une erreur au démarrage.</translation>
    </message>
    <message>
        <source>%1 is not a valid JSON object, so %2 reads it as if it had no setting, and its own commands would damage it further. Fix or remove the file; Telemetry Lens will not rewrite it.</source>
        <translation>%1 n&apos;est pas un objet JSON valide : %2 la lit comme si elle ne contenait aucun réglage, et ses propres commandes l&apos;abîmeraient davantage. Corrigez ou supprimez le fichier ; Telemetry Lens ne le réécrira pas.</translation>
    </message>
    <message>
        <source>no &quot;version&quot;: 1</source>
        <translation>pas de &quot;version&quot;: 1</translation>
    </message>
    <message>
        <source>%1 without %2</source>
        <translation>%1 sans %2</translation>
    </message>
    <message>
        <source>%1 rejects this file because %2 is missing, so it sends nothing.</source>
        <translation>%1 rejette ce fichier parce que %2 manque, et n&apos;envoie donc rien.</translation>
    </message>
    <message>
        <source>%1 has no %2, so %3 cannot load it and sends nothing; a new %3 release or a repaired file switches telemetry on again. Telemetry Lens keeps %2 when it writes the file.</source>
        <translation>%1 n&apos;a pas de %2 : %3 ne peut pas le charger et n&apos;envoie rien ; une nouvelle version de %3 ou un fichier réparé réactive la télémétrie. Telemetry Lens conserve %2 quand il écrit le fichier.</translation>
    </message>
    <message>
        <source>%1 cannot parse this file (%2) and stops.</source>
        <translation>%1 ne peut pas analyser ce fichier (%2) et s&apos;arrête.</translation>
    </message>
    <message>
        <source>%1 expects a single value here and stops.</source>
        <translation>%1 attend ici une seule valeur et s&apos;arrête.</translation>
    </message>
    <message>
        <source>off until turned on</source>
        <translation>désactivé tant qu&apos;on ne l&apos;active pas</translation>
    </message>
    <message>
        <source>Off: nothing turns it on, and %1 sends nothing until something does.</source>
        <translation>Désactivé : rien ne l&apos;active, et %1 n&apos;envoie rien tant que rien ne l&apos;active.</translation>
    </message>
    <message>
        <source>shell syntax error</source>
        <translation>erreur de syntaxe shell</translation>
    </message>
    <message>
        <source>sh stops with a syntax error at line %1 (a quote or bracket is never closed), and %2 stops with it.</source>
        <translation>sh s’arrête sur une erreur de syntaxe à la ligne %1 (un guillemet ou une parenthèse n’est jamais fermé), et %2 s’arrête avec lui.</translation>
    </message>
    <message>
        <source>%1 line %2: a quote or bracket opened here is never closed, so %3 stops with a syntax error when it reads the file. Close the quote; Telemetry Lens will not rewrite the file.</source>
        <translation>%1 ligne %2 : un guillemet ou une parenthèse ouvert ici n’est jamais fermé, donc %3 s’arrête sur une erreur de syntaxe en lisant le fichier. Fermez-le ; Telemetry Lens ne réécrira pas le fichier.</translation>
    </message>
    <message>
        <source>The value is computed when the script runs (%1), so it cannot be known without running it.</source>
        <translation>La valeur est calculée quand le script s’exécute (%1) : elle ne peut être connue sans l’exécuter.</translation>
    </message>
    <message>
        <source>The file sets %1 only in a way that cannot be known without running it.</source>
        <translation>Le fichier ne définit %1 que d’une façon qui ne peut être connue sans l’exécuter.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 settings files; only the first %2 were read.</source>
        <translation>%1 contient plus de %2 fichiers de réglages ; seuls les %2 premiers ont été lus.</translation>
    </message>
    <message>
        <source>No file in this folder is read.</source>
        <translation>Aucun fichier de ce dossier n’est lu.</translation>
    </message>
</context>
<context>
    <name>RootFs</name>
    <message>
        <source>%1 could not be examined (%2).</source>
        <translation>%1 n&apos;a pas pu être examiné (%2).</translation>
    </message>
    <message>
        <source>%1 is not a regular file; it was skipped.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire ; il a été ignoré.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, larger than the %3 bytes a setting or report can be; it was not read. Check whether something else wrote this file.</source>
        <translation>%1 fait %2 octets, plus que les %3 octets que peut faire un réglage ou un rapport ; il n&apos;a pas été lu. Vérifiez si quelque chose d&apos;autre a écrit ce fichier.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation>%1 n&apos;a pas pu être lu (%2).</translation>
    </message>
    <message>
        <source>%1 grew beyond %2 bytes while it was read; it was not used.</source>
        <translation>%1 a dépassé %2 octets pendant sa lecture ; il n&apos;a pas été utilisé.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>trop volumineux</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>link leads outside the scanned area</source>
        <translation>le lien mène hors de la zone analysée</translation>
    </message>
    <message>
        <source>%1 is a link that leads outside %2; it was not followed.</source>
        <translation>%1 est un lien qui mène hors de %2 ; il n&apos;a pas été suivi.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a directory, FIFO or device); it was skipped.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (un dossier, un FIFO ou un périphérique) ; il a été ignoré.</translation>
    </message>
    <message>
        <source>%1 is a loop of symbolic links; fix or remove the link.</source>
        <translation>%1 est une boucle de liens symboliques ; corrigez ou supprimez le lien.</translation>
    </message>
    <message>
        <source>%1 could not be read: permission denied. Run the audit as a user who may read it.</source>
        <translation>%1 n&apos;a pas pu être lu : permission refusée. Lancez l&apos;audit avec un utilisateur autorisé à le lire.</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2).</source>
        <translation>%1 n&apos;a pas pu être ouvert (%2).</translation>
    </message>
    <message>
        <source>%1 is a symbolic link inside a scanned folder; it was not followed.</source>
        <translation>%1 est un lien symbolique dans un dossier analysé ; il n&apos;a pas été suivi.</translation>
    </message>
</context>
<context>
    <name>Scanner</name>
    <message>
        <source>The root %1 does not exist. Give --root the folder where the image is mounted.</source>
        <translation>La racine %1 n&apos;existe pas. Indiquez à --root le dossier où l&apos;image est montée.</translation>
    </message>
    <message>
        <source>The root %1 is not a readable folder. Check the path and your permissions.</source>
        <translation>La racine %1 n&apos;est pas un dossier lisible. Vérifiez le chemin et vos droits d&apos;accès.</translation>
    </message>
    <message>
        <source>Reading Ray sessions in %1</source>
        <translation>Lecture des sessions Ray dans %1</translation>
    </message>
    <message>
        <source>Reading Skyplane events in %1</source>
        <translation>Lecture des événements Skyplane dans %1</translation>
    </message>
    <message>
        <source>Resolving settings of %1</source>
        <translation>Résolution des réglages de %1</translation>
    </message>
    <message>
        <source>Scan finished</source>
        <translation>Analyse terminée</translation>
    </message>
</context>
<context>
    <name>ShellConfWriter</name>
    <message>
        <source>%1 is not a text file; it was left unchanged.</source>
        <translation>%1 n’est pas un fichier texte ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 line %2 sets %3 in a way Telemetry Lens cannot change safely (%4). Edit that line by hand to %5.</source>
        <translation>%1 ligne %2 définit %3 d’une façon que Telemetry Lens ne peut pas modifier sans risque (%4). Changez cette ligne à la main en %5.</translation>
    </message>
    <message>
        <source>%1 could not be changed safely; it was left unchanged. Set %2 by hand.</source>
        <translation>%1 n’a pas pu être modifié sans risque ; il n’a pas été modifié. Définissez %2 à la main.</translation>
    </message>
    <message>
        <source>%1 line %2: a quote or bracket opened here is never closed, so the shell cannot read the file. Close it by hand; the file was left unchanged.</source>
        <translation>%1 ligne %2 : un guillemet ou une parenthèse ouvert ici n’est jamais fermé, donc le shell ne peut pas lire le fichier. Fermez-le à la main ; le fichier est resté inchangé.</translation>
    </message>
</context>
<context>
    <name>SkyplaneConfigEditor</name>
    <message>
        <source>%1 is not valid UTF-8 text, so Skyplane cannot read it; it was left unchanged. Fix the file and try again.</source>
        <translation>%1 n&apos;est pas du texte UTF-8 valide : Skyplane ne peut donc pas le lire ; il n&apos;a pas été modifié. Corrigez le fichier et réessayez.</translation>
    </message>
    <message>
        <source>%1 cannot be read the way Skyplane reads it (%2); every skyplane command would fail on it, so it was left unchanged. Fix the file and try again.</source>
        <translation>%1 ne peut pas être lu comme Skyplane le lit (%2) ; toutes les commandes skyplane échoueraient à cause de lui, il n&apos;a donc pas été modifié. Corrigez le fichier et réessayez.</translation>
    </message>
    <message>
        <source>It looks like JSON, as Skyplane&apos;s documentation suggests; Skyplane reads this file as INI, so move the JSON away and let Telemetry Lens write [flags] usage_stats = False.</source>
        <translation>Il ressemble à du JSON, comme le suggère la documentation de Skyplane ; or Skyplane lit ce fichier comme un fichier INI : déplacez le JSON ailleurs et laissez Telemetry Lens écrire [flags] usage_stats = False.</translation>
    </message>
    <message>
        <source>%1 could not be changed safely (the result would not read back as intended); it was left unchanged. Set [flags] usage_stats = %2 by hand.</source>
        <translation>%1 n&apos;a pas pu être modifié sans risque (le résultat ne se relirait pas comme prévu) ; il n&apos;a pas été modifié. Définissez [flags] usage_stats = %2 à la main.</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>Collecting</source>
        <translation>Collecte</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Misconfigured</source>
        <translation>Mal configurée</translation>
    </message>
</context>
<context>
    <name>SwitchPlanner</name>
    <message>
        <source>%1 is switched for the whole machine, not for one account, so it was left out. Turn it off with: sudo telemetry-lens disable %2 --scope system</source>
        <translation>%1 se règle pour toute la machine, pas pour un compte, il a donc été laissé de côté. Désactivez-le avec : sudo telemetry-lens disable %2 --scope system</translation>
    </message>
</context>
<context>
    <name>TomlEdit</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds a value spread over several lines or an inline table; change it by hand.</source>
        <translation>%1 contient une valeur sur plusieurs lignes ou une table en ligne ; modifiez-la à la main.</translation>
    </message>
    <message>
        <source>the edited file would not read back as %1 = %2 (%3); it was left alone.</source>
        <translation>le fichier modifié ne se relirait pas comme %1 = %2 (%3) ; il n’a pas été touché.</translation>
    </message>
    <message>
        <source>the key is defined elsewhere</source>
        <translation>la clé est définie ailleurs</translation>
    </message>
</context>
<context>
    <name>ToolFamily</name>
    <message>
        <source>Machine learning platforms</source>
        <translation>Plateformes d’apprentissage automatique</translation>
    </message>
    <message>
        <source>Data transfer</source>
        <translation>Transfert de données</translation>
    </message>
    <message>
        <source>Conversational AI</source>
        <translation>IA conversationnelle</translation>
    </message>
    <message>
        <source>Model hubs</source>
        <translation>Hubs de modèles</translation>
    </message>
    <message>
        <source>Apps and user interfaces</source>
        <translation>Applications et interfaces</translation>
    </message>
    <message>
        <source>Data pipelines</source>
        <translation>Pipelines de données</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <source>Workflow orchestration</source>
        <translation>Orchestration de workflows</translation>
    </message>
    <message>
        <source>LLMs and search</source>
        <translation>LLM et recherche</translation>
    </message>
    <message>
        <source>Model serving</source>
        <translation>Service de modèles</translation>
    </message>
    <message>
        <source>Computer vision</source>
        <translation>Vision par ordinateur</translation>
    </message>
    <message>
        <source>Code analysis</source>
        <translation>Analyse de code</translation>
    </message>
    <message>
        <source>Experiment tracking</source>
        <translation>Suivi d’expériences</translation>
    </message>
    <message>
        <source>Web frameworks</source>
        <translation>Frameworks web</translation>
    </message>
    <message>
        <source>Build tools</source>
        <translation>Outils de compilation</translation>
    </message>
    <message>
        <source>Cloud command lines</source>
        <translation>Lignes de commande cloud</translation>
    </message>
    <message>
        <source>Mobile apps</source>
        <translation>Applications mobiles</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d’exploitation</translation>
    </message>
    <message>
        <source>Other tools</source>
        <translation>Autres outils</translation>
    </message>
</context>
<context>
    <name>ToolRules</name>
    <message>
        <source>this session&apos;s environment</source>
        <translation>l&apos;environnement de cette session</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 (ligne %2)</translation>
    </message>
    <message>
        <source>CHECKPOINT_DISABLE=0 in %1 switches %2&apos;s checkpoint on: Debian&apos;s build reads 0 as &quot;send&quot;. Remove the line (for Prisma, 1 works as well).</source>
        <translation>CHECKPOINT_DISABLE=0 dans %1 active le checkpoint de %2 : la version Debian lit 0 comme « envoyer ». Supprimez la ligne (pour Prisma, 1 fonctionne aussi).</translation>
    </message>
    <message>
        <source>CHECKPOINT_DISABLE=0 in %1 asks %2 to send its checkpoint; the settings file keeps it off. Remove the line to be sure.</source>
        <translation>CHECKPOINT_DISABLE=0 dans %1 demande à %2 d’envoyer son checkpoint ; le fichier de réglages le maintient désactivé. Supprimez la ligne pour plus de sûreté.</translation>
    </message>
    <message>
        <source>RAY_USAGE_STATS_PROMPT_ENABLED=0 in %1 only hides %2&apos;s question; collection is still on.</source>
        <translation>RAY_USAGE_STATS_PROMPT_ENABLED=0 dans %1 masque seulement la question de %2 ; la collecte reste active.</translation>
    </message>
    <message>
        <source>RAY_USAGE_STATS_REPORT_URL in %1 sends %2&apos;s reports to %3 instead.</source>
        <translation>RAY_USAGE_STATS_REPORT_URL dans %1 envoie les rapports de %2 à %3 à la place.</translation>
    </message>
    <message>
        <source>RAY_USAGE_STATS_EXTRA_TAGS in %1 adds these tags to every report: %2.</source>
        <translation>RAY_USAGE_STATS_EXTRA_TAGS dans %1 ajoute ces étiquettes à chaque rapport : %2.</translation>
    </message>
</context>
<context>
    <name>TreeWriter</name>
    <message>
        <source>the folder %1 could not be opened (%2)</source>
        <translation>le dossier %1 n&apos;a pas pu être ouvert (%2)</translation>
    </message>
    <message>
        <source>the folder %1 could not be examined (%2)</source>
        <translation>le dossier %1 n&apos;a pas pu être examiné (%2)</translation>
    </message>
    <message>
        <source>the folder %1 could not be created (%2)</source>
        <translation>le dossier %1 n&apos;a pas pu être créé (%2)</translation>
    </message>
    <message>
        <source>the folder %1 is not a plain folder (%2); nothing was written into it</source>
        <translation>le dossier %1 n&apos;est pas un simple dossier (%2) ; rien n&apos;y a été écrit</translation>
    </message>
    <message>
        <source>the folder %1 could not be given its owner and mode (%2)</source>
        <translation>le propriétaire et les droits du dossier %1 n&apos;ont pas pu être définis (%2)</translation>
    </message>
    <message>
        <source>it is no longer a plain file</source>
        <translation>ce n&apos;est plus un simple fichier</translation>
    </message>
    <message>
        <source>the temporary file %1 could not be created (%2)</source>
        <translation>le fichier temporaire %1 n&apos;a pas pu être créé (%2)</translation>
    </message>
</context>
<context>
    <name>TurboJsonWriter</name>
    <message>
        <source>%1 is not a valid JSON object; Turborepo would delete it and start over with telemetry on. Fix or remove it; Telemetry Lens does not rewrite it.</source>
        <translation>%1 n&apos;est pas un objet JSON valide ; Turborepo le supprimerait et repartirait avec la télémétrie active. Corrigez-le ou supprimez-le ; Telemetry Lens ne le réécrit pas.</translation>
    </message>
    <message>
        <source>Telemetry Lens cannot edit %1 in place.</source>
        <translation>Telemetry Lens ne peut pas modifier %1 sur place.</translation>
    </message>
</context>
<context>
    <name>UltralyticsSettings</name>
    <message>
        <source>it is nested too deeply to be a settings file</source>
        <translation>il est trop imbriqué pour être un fichier de réglages</translation>
    </message>
    <message>
        <source>it is not valid JSON, which Ultralytics reads as empty</source>
        <translation>ce n&apos;est pas du JSON valide, qu&apos;Ultralytics lit comme vide</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>it has no sync key</source>
        <translation>il n&apos;a pas de clé sync</translation>
    </message>
    <message>
        <source>%1 is %2, not a JSON boolean</source>
        <translation>%1 vaut %2, pas un booléen JSON</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>keys of settings version 0.0.6 are missing: %1</source>
        <translation>des clés de la version de réglages 0.0.6 manquent : %1</translation>
    </message>
    <message>
        <source>it has keys settings version 0.0.6 does not know: %1</source>
        <translation>il a des clés que la version de réglages 0.0.6 ne connaît pas : %1</translation>
    </message>
</context>
<context>
    <name>UltralyticsSettingsEditor</name>
    <message>
        <source>%1 does not exist yet, and Ultralytics replaces a settings file that lacks its other keys. Run yolo settings once (or yolo settings sync=False), then try again.</source>
        <translation>%1 n&apos;existe pas encore, et Ultralytics remplace un fichier de réglages auquel il manque ses autres clés. Lancez une fois yolo settings (ou yolo settings sync=False), puis réessayez.</translation>
    </message>
    <message>
        <source>%1 would be reset by Ultralytics at its next import (%2), which would switch sync back on; it was left unchanged. Run yolo settings reset, then try again.</source>
        <translation>%1 serait réinitialisé par Ultralytics à son prochain import (%2), ce qui réactiverait sync ; il a été laissé tel quel. Lancez yolo settings reset, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 could not be read again; it was left unchanged.</source>
        <translation>%1 n&apos;a pas pu être relu ; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>%1 holds text that is not valid UTF-8, so it could not be written back; it was left unchanged.</source>
        <translation>%1 contient du texte qui n&apos;est pas de l&apos;UTF-8 valide, il n&apos;a donc pas pu être réécrit ; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>%1 could not be changed safely; it was left unchanged. Run yolo settings sync=%2 instead.</source>
        <translation>%1 n&apos;a pas pu être modifié sans risque ; il a été laissé tel quel. Lancez plutôt yolo settings sync=%2.</translation>
    </message>
</context>
<context>
    <name>VersionRules</name>
    <message>
        <source>%1 %2 installed</source>
        <translation>%1 %2 installé</translation>
    </message>
    <message>
        <source>%1 has no telemetry since version %2.</source>
        <translation>%1 n’a plus de télémétrie depuis la version %2.</translation>
    </message>
    <message>
        <source>Not collecting: every installed copy is %1 %2 or later, which has no telemetry; the settings matter only for older versions.</source>
        <translation>Ne collecte pas : chaque copie installée est %1 %2 ou ultérieure, sans télémétrie ; les réglages ne comptent que pour les versions plus anciennes.</translation>
    </message>
</context>
<context>
    <name>YamlBoolEditor</name>
    <message>
        <source>%1: Telemetry Lens cannot set %2 there.</source>
        <translation>%1 : Telemetry Lens ne peut pas y définir %2.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML (line %2: %3); it was left unchanged: fix it and try again.</source>
        <translation>%1 n&apos;est pas du YAML valide (ligne %2 : %3) ; il a été laissé tel quel : corrigez-le et réessayez.</translation>
    </message>
    <message>
        <source>%1 holds %2 YAML documents, which the tool cannot read; it was left unchanged: keep one document and try again.</source>
        <translation>%1 contient %2 documents YAML, que l&apos;outil ne sait pas lire ; il a été laissé tel quel : gardez un seul document et réessayez.</translation>
    </message>
    <message>
        <source>%1 does not hold a mapping of settings; it was left unchanged. Fix or remove it and try again.</source>
        <translation>%1 ne contient pas de correspondance de réglages ; il a été laissé tel quel. Corrigez-le ou supprimez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is written in YAML flow style ({...}); Telemetry Lens only edits block style. It was left unchanged: set %2 by hand.</source>
        <translation>%1 est écrit en style YAML en flux ({...}) ; Telemetry Lens ne modifie que le style en bloc. Il a été laissé tel quel : définissez %2 à la main.</translation>
    </message>
    <message>
        <source>%1 is too large or too deeply aliased to be checked safely; it was left unchanged. Check what wrote it, fix it, and try again.</source>
        <translation>%1 est trop volumineux ou utilise trop d&apos;alias imbriqués pour être vérifié sans risque ; il n&apos;a pas été modifié. Vérifiez ce qui l&apos;a écrit, corrigez-le et réessayez.</translation>
    </message>
    <message>
        <source>%1: the value of %2 (line %3) is written in a form Telemetry Lens does not edit (several lines, a nested value, an anchor or a duplicate key). The file was left unchanged: set %4 by hand.</source>
        <translation>%1 : la valeur de %2 (ligne %3) est écrite sous une forme que Telemetry Lens ne modifie pas (plusieurs lignes, une valeur imbriquée, une ancre ou une clé en double). Le fichier a été laissé tel quel : définissez %4 à la main.</translation>
    </message>
    <message>
        <source>%1 could not be changed safely (the result would not read back as intended); it was left unchanged. Set %2 by hand.</source>
        <translation>%1 n&apos;a pas pu être modifié sans risque (le résultat ne se relirait pas comme prévu) ; il a été laissé tel quel. Définissez %2 à la main.</translation>
    </message>
</context>
<context>
    <name>YarnrcWriter</name>
    <message>
        <source>%1 is not a YAML mapping, so Yarn cannot use it. Fix it; Telemetry Lens does not rewrite it.</source>
        <translation>%1 n&apos;est pas un dictionnaire YAML, Yarn ne peut donc pas l&apos;utiliser. Corrigez-le ; Telemetry Lens ne le réécrit pas.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML (%2), so Yarn stops with a parse error. Fix it; Telemetry Lens does not rewrite it.</source>
        <translation>%1 n&apos;est pas du YAML valide (%2), Yarn s&apos;arrête donc sur une erreur d&apos;analyse. Corrigez-le ; Telemetry Lens ne le réécrit pas.</translation>
    </message>
</context>
<context>
    <name>tlens::Banner</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>tlens::ChangeHistoryModel</name>
    <message>
        <source>Turned off</source>
        <translation>Désactivation</translation>
    </message>
    <message>
        <source>Turned on</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>%1 (whole machine)</source>
        <translation>%1 (toute la machine)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>tlens::DeletionDialog</name>
    <message>
        <source>Copy the text — I send it myself</source>
        <translation>Copier le texte — je l&apos;envoie moi-même</translation>
    </message>
    <message>
        <source>Open in my mail program</source>
        <translation>Ouvrir dans mon logiciel de messagerie</translation>
    </message>
    <message>
        <source>Save as an e-mail file (.eml)</source>
        <translation>Enregistrer comme fichier e-mail (.eml)</translation>
    </message>
    <message>
        <source>Open a prefilled issue on the tracker</source>
        <translation>Ouvrir un ticket prérempli sur le gestionnaire de tickets</translation>
    </message>
    <message>
        <source>Send to my organisation&apos;s privacy endpoint (HTTPS)</source>
        <translation>Envoyer au point de terminaison de mon organisation dédié à la vie privée (HTTPS)</translation>
    </message>
    <message>
        <source>&amp;Copy and record</source>
        <translation>Copier et &amp;enregistrer</translation>
    </message>
    <message>
        <source>&amp;Open mail program</source>
        <translation>&amp;Ouvrir le logiciel de messagerie</translation>
    </message>
    <message>
        <source>&amp;Save message…</source>
        <translation>Enregistrer le &amp;message…</translation>
    </message>
    <message>
        <source>&amp;Open issue form</source>
        <translation>&amp;Ouvrir le formulaire de ticket</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>Point de &amp;terminaison :</translation>
    </message>
    <message>
        <source>Request deletion — %1</source>
        <translation>Demande d&apos;effacement — %1</translation>
    </message>
    <message>
        <source>Identifiers to quote</source>
        <translation>Identifiants à citer</translation>
    </message>
    <message>
        <source>optional — the only personal detail the message would contain</source>
        <translation>facultatif — la seule donnée personnelle que contiendrait le message</translation>
    </message>
    <message>
        <source>Your e-mail address for the answer</source>
        <translation>Votre adresse e-mail pour la réponse</translation>
    </message>
    <message>
        <source>How the request leaves</source>
        <translation>Comment la demande part</translation>
    </message>
    <message>
        <source>Privacy endpoint address</source>
        <translation>Adresse du point de terminaison dédié à la vie privée</translation>
    </message>
    <message>
        <source>The exact message</source>
        <translation>Le message exact</translation>
    </message>
    <message>
        <source>%1 names no address for deletion requests; the request becomes a public issue on its tracker quoting the %2.</source>
        <translation>%1 n&apos;indique aucune adresse pour les demandes d&apos;effacement ; la demande devient un ticket public sur son gestionnaire de tickets, citant le %2.</translation>
    </message>
    <message>
        <source>%1 deletes collected data when asked at %2 with the %3 values. Nothing leaves before you confirm, and the message names no user, host or path.</source>
        <translation>%1 efface les données collectées sur demande adressée à %2 avec les valeurs de %3. Rien ne part avant votre confirmation, et le message ne mentionne aucun utilisateur, hôte ni chemin.</translation>
    </message>
    <message>
        <source>&amp;Identifiers:</source>
        <translation>&amp;Identifiants :</translation>
    </message>
    <message>
        <source>Your &amp;address:</source>
        <translation>Votre a&amp;dresse :</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>&amp;Preview of the exact message:</source>
        <translation>A&amp;perçu du message exact :</translation>
    </message>
    <message>
        <source>Check at least one identifier.</source>
        <translation>Cochez au moins un identifiant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address; give one like name@example.org, or leave it empty.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail ; indiquez-en une du type nom@example.org, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Give the https:// address of your organisation&apos;s privacy endpoint.</source>
        <translation>Indiquez l&apos;adresse https:// du point de terminaison de votre organisation dédié à la vie privée.</translation>
    </message>
    <message>
        <source>The message is too long for a link; save it as an .eml file or copy it instead.</source>
        <translation>Le message est trop long pour un lien ; enregistrez-le plutôt dans un fichier .eml ou copiez-le.</translation>
    </message>
    <message>
        <source>Save the deletion request</source>
        <translation>Enregistrer la demande d&apos;effacement</translation>
    </message>
    <message>
        <source>E-mail message (*.eml)</source>
        <translation>Message e-mail (*.eml)</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another place.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>No program could open the link. Copy the text instead, or save it as an .eml file.</source>
        <translation>Aucun programme n&apos;a pu ouvrir le lien. Copiez plutôt le texte, ou enregistrez-le dans un fichier .eml.</translation>
    </message>
    <message>
        <source>The account whose data the request is about</source>
        <translation>Le compte dont les données font l&apos;objet de la demande</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose the account…</source>
        <translation>Choisissez le compte…</translation>
    </message>
    <message>
        <source>Acco&amp;unt:</source>
        <translation>Compte &amp;utilisateur :</translation>
    </message>
    <message>
        <source>Choose the account whose data the request is about.</source>
        <translation>Choisissez le compte dont les données font l&apos;objet de la demande.</translation>
    </message>
    <message>
        <source>No %1 was found for %2, so there is nothing to quote.</source>
        <translation>Aucun %1 n&apos;a été trouvé pour %2 : il n&apos;y a donc rien à citer.</translation>
    </message>
</context>
<context>
    <name>tlens::DeletionRequest</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponse reçue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Handed to the mail program</source>
        <translation>Confiée au logiciel de messagerie</translation>
    </message>
    <message>
        <source>Saved as .eml</source>
        <translation>Enregistrée en .eml</translation>
    </message>
    <message>
        <source>Issue form opened</source>
        <translation>Formulaire de ticket ouvert</translation>
    </message>
    <message>
        <source>The date is not a valid day.</source>
        <translation>La date n&apos;est pas un jour valide.</translation>
    </message>
    <message>
        <source>%1 is in the future; give the day you sent request %2.</source>
        <translation>Le %1 est dans le futur ; indiquez le jour où vous avez envoyé la demande %2.</translation>
    </message>
    <message>
        <source>Request %1 was only written on %2; it cannot have been sent on %3.</source>
        <translation>La demande %1 n&apos;a été rédigée que le %2 ; elle ne peut pas avoir été envoyée le %3.</translation>
    </message>
</context>
<context>
    <name>tlens::FleetModel</name>
    <message>
        <source>not in the report</source>
        <translation>absent du rapport</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 of %n account(s))</source>
        <translation>
            <numerusform>%1 (%2 sur %n compte)</numerusform>
            <numerusform>%1 (%2 sur %n comptes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored report(s)</source>
        <translation>
            <numerusform>%n rapport enregistré</numerusform>
            <numerusform>%n rapports enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identifier(s)</source>
        <translation>
            <numerusform>%n identifiant</numerusform>
            <numerusform>%n identifiants</numerusform>
        </translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message numerus="yes">
        <source>%1 (collecting on %2 of %n host(s))</source>
        <translation>
            <numerusform>%1 (collecte sur %2 sur %n hôte)</numerusform>
            <numerusform>%1 (collecte sur %2 sur %n hôtes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tlens::FleetPage</name>
    <message>
        <source>Fleet</source>
        <translation>Parc</translation>
    </message>
    <message>
        <source>Hosts and tools</source>
        <translation>Hôtes et outils</translation>
    </message>
    <message>
        <source>Warnings of the selected host</source>
        <translation>Avertissements de l’hôte sélectionné</translation>
    </message>
    <message>
        <source>Select a host to read its warnings.</source>
        <translation>Sélectionnez un hôte pour lire ses avertissements.</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n hôte</numerusform>
            <numerusform>%n hôtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a collecting tool</source>
        <translation>
            <numerusform>%n avec un outil qui collecte</numerusform>
            <numerusform>%n avec un outil qui collecte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no warnings.</source>
        <translation>%1 n’a aucun avertissement.</translation>
    </message>
    <message>
        <source>Warnings of %1:</source>
        <translation>Avertissements de %1 :</translation>
    </message>
</context>
<context>
    <name>tlens::HistoryPage</name>
    <message>
        <source>&amp;Undo the most recent change</source>
        <translation>A&amp;nnuler la dernière modification</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Every change the switches wrote, newest first. Each file was backed up before it was changed; undo puts back its exact previous bytes and removes files the change created.</source>
        <translation>Chaque modification écrite par les commutateurs, de la plus récente à la plus ancienne. Chaque fichier a été sauvegardé avant d&apos;être modifié ; l&apos;annulation remet exactement ses octets précédents et supprime les fichiers créés par la modification.</translation>
    </message>
    <message>
        <source>Change sets</source>
        <translation>Lots de modifications</translation>
    </message>
    <message>
        <source>Files of the selected change set</source>
        <translation>Fichiers du lot de modifications sélectionné</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Undo the most recent change set</source>
        <translation>Annuler le lot de modifications le plus récent</translation>
    </message>
    <message>
        <source>created by the change</source>
        <translation>créé par la modification</translation>
    </message>
    <message>
        <source>removed by the change</source>
        <translation>supprimé par la modification</translation>
    </message>
    <message>
        <source>No change has been made yet. Turning a tool off (or on again) records a change set here.</source>
        <translation>Aucune modification n&apos;a encore été faite. Désactiver un outil (ou le réactiver) enregistre ici un lot de modifications.</translation>
    </message>
</context>
<context>
    <name>tlens::IdentifiersModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>What it can reveal</source>
        <translation>Ce qu&apos;il peut révéler</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Trouvé dans</translation>
    </message>
</context>
<context>
    <name>tlens::InputsModel</name>
    <message>
        <source>won</source>
        <translation>retenu</translation>
    </message>
    <message>
        <source>shadowed</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>conditionnel</translation>
    </message>
    <message>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <source>built-in default</source>
        <translation>valeur par défaut intégrée</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>tlens::JsonTreeModel</name>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>JSON invalide à l&apos;octet %1 : %2</translation>
    </message>
    <message>
        <source>The document holds no JSON object or array.</source>
        <translation>Le document ne contient aucun objet ni tableau JSON.</translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n clé}</numerusform>
            <numerusform>{%n clés}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>tlens::MainWindow</name>
    <message>
        <source>Scan progress</source>
        <translation>Progression de l&apos;analyse</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Scan again (F5). The window also rescans by itself when a tool writes.</source>
        <translation>Analyser de nouveau (F5). La fenêtre relance aussi l&apos;analyse automatiquement lorsqu&apos;un outil écrit.</translation>
    </message>
    <message>
        <source>Turn &amp;off all…</source>
        <translation>Tout &amp;désactiver…</translation>
    </message>
    <message>
        <source>Switch off the telemetry of every collecting tool, after showing each change (Ctrl+Shift+D)</source>
        <translation>Désactiver la télémétrie de chaque outil qui collecte, après avoir montré chaque modification (Ctrl+Maj+D)</translation>
    </message>
    <message>
        <source>&amp;Undo last change</source>
        <translation>&amp;Annuler la dernière modification</translation>
    </message>
    <message>
        <source>Put back the files of the most recent change set (Ctrl+Z)</source>
        <translation>Remettre les fichiers du lot de modifications le plus récent (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>Save the audit report as HTML, JSON or CSV (Ctrl+E)</source>
        <translation>Enregistrer le rapport d&apos;audit en HTML, JSON ou CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Open &amp;mounted image…</source>
        <translation>Ouvrir une image &amp;montée…</translation>
    </message>
    <message>
        <source>Folder where the image is mounted</source>
        <translation>Dossier où l&apos;image est montée</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>&amp;Deletion requests</source>
        <translation>&amp;Demandes d&apos;effacement</translation>
    </message>
    <message>
        <source>&amp;History of changes</source>
        <translation>&amp;Historique des modifications</translation>
    </message>
    <message>
        <source>&amp;About Telemetry Lens</source>
        <translation>À &amp;propos de Telemetry Lens</translation>
    </message>
    <message>
        <source>About Telemetry Lens</source>
        <translation>À propos de Telemetry Lens</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Telemetry Lens %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;See what your developer tools collect and send, switch it off, and ask for the data to be deleted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Telemetry Lens %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Voyez ce que vos outils de développement collectent et envoient, désactivez la collecte et demandez l&apos;effacement des données.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Scope: whose settings are examined</source>
        <translation>Portée : comptes dont les réglages sont examinés</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Navigation: overview, tools, deletion requests, history</source>
        <translation>Navigation : vue d&apos;ensemble, outils, demandes d&apos;effacement, historique</translation>
    </message>
    <message>
        <source>%1 changed; scanning again…</source>
        <translation>%1 a changé ; nouvelle analyse…</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>Analyse de %1…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1 : %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) examined</source>
        <translation>
            <numerusform>%n compte examiné</numerusform>
            <numerusform>%n comptes examinés</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Analyse…</translation>
    </message>
    <message>
        <source>Deletion requests</source>
        <translation>Demandes d&apos;effacement</translation>
    </message>
    <message numerus="yes">
        <source>Deletion requests (%n overdue)</source>
        <translation>
            <numerusform>Demandes d&apos;effacement (%n en retard)</numerusform>
            <numerusform>Demandes d&apos;effacement (%n en retard)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deletion requests (%n open)</source>
        <translation>
            <numerusform>Demandes d&apos;effacement (%n ouverte)</numerusform>
            <numerusform>Demandes d&apos;effacement (%n ouvertes)</numerusform>
        </translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mon compte</translation>
    </message>
    <message>
        <source>Home: %1</source>
        <translation>Dossier personnel : %1</translation>
    </message>
    <message>
        <source>Another home…</source>
        <translation>Autre dossier personnel…</translation>
    </message>
    <message>
        <source>All users (admin)</source>
        <translation>Tous les utilisateurs (administrateur)</translation>
    </message>
    <message>
        <source>Mounted image…</source>
        <translation>Image montée…</translation>
    </message>
    <message>
        <source>Image: %1…</source>
        <translation>Image : %1…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Home folder to examine</source>
        <translation>Dossier personnel à examiner</translation>
    </message>
    <message>
        <source>%1 is outside %2; choose a folder inside the examined root.</source>
        <translation>%1 est hors de %2 ; choisissez un dossier dans la racine examinée.</translation>
    </message>
    <message>
        <source>Working out what to change…</source>
        <translation>Calcul des modifications à faire…</translation>
    </message>
    <message>
        <source>Working out what to change to turn telemetry off…</source>
        <translation>Calcul des modifications à faire pour désactiver la télémétrie…</translation>
    </message>
    <message>
        <source>Some files were not changed: %1</source>
        <translation>Certains fichiers n&apos;ont pas été modifiés : %1</translation>
    </message>
    <message>
        <source>Telemetry of %1 was switched on again.</source>
        <translation>La télémétrie de %1 a été réactivée.</translation>
    </message>
    <message>
        <source>Telemetry of %1 was switched off.</source>
        <translation>La télémétrie de %1 a été désactivée.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n file(s) changed; a backup was kept.</source>
        <translation>
            <numerusform>%1 %n fichier modifié ; une sauvegarde a été conservée.</numerusform>
            <numerusform>%1 %n fichiers modifiés ; une sauvegarde a été conservée.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no change to undo.</source>
        <translation>Il n&apos;y a aucune modification à annuler.</translation>
    </message>
    <message>
        <source>The last change could not be undone completely: %1</source>
        <translation>La dernière modification n&apos;a pas pu être entièrement annulée : %1</translation>
    </message>
    <message numerus="yes">
        <source>The last change was undone: %n file(s) put back as they were.</source>
        <translation>
            <numerusform>La dernière modification a été annulée : %n fichier remis dans son état précédent.</numerusform>
            <numerusform>La dernière modification a été annulée : %n fichiers remis dans leur état précédent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit report</source>
        <translation>Exporter le rapport d&apos;audit</translation>
    </message>
    <message>
        <source>HTML page (*.html);;JSON (*.json);;CSV table (*.csv)</source>
        <translation>Page HTML (*.html);;JSON (*.json);;Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another place.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>The audit report was saved to %1.</source>
        <translation>Le rapport d&apos;audit a été enregistré dans %1.</translation>
    </message>
    <message>
        <source>The request text is on the clipboard and recorded as a draft. Once you have sent it, choose &quot;Mark as sent&quot; to start the one-month answer period.</source>
        <translation>Le texte de la demande est dans le presse-papiers et consigné comme brouillon. Une fois la demande envoyée, choisissez « Marquer comme envoyée » pour démarrer le délai de réponse d&apos;un mois.</translation>
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
            <numerusform>Dernière analyse à %1, durée %2 · %n fichier lu · %3 chemins surveillés</numerusform>
            <numerusform>Dernière analyse à %1, durée %2 · %n fichiers lus · %3 chemins surveillés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 of %3 collecting</source>
        <translation>%1 — %2 sur %3 en collecte</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>The language changes the next time Telemetry Lens starts.</source>
        <translation>La langue changera au prochain démarrage de Telemetry Lens.</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>Por&amp;tée :</translation>
    </message>
    <message>
        <source>Sample workstation</source>
        <translation>Poste de travail d&apos;exemple</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>Saved as %1; nothing is sent yet. Send it from your mail program, then choose &quot;Mark as sent&quot;: the one-month answer period starts that day.</source>
        <translation>Enregistré sous %1 ; rien n&apos;est encore envoyé. Envoyez-le depuis votre logiciel de messagerie, puis choisissez « Marquer comme envoyée » : le délai de réponse d&apos;un mois commence ce jour-là.</translation>
    </message>
    <message>
        <source>The message was handed to your mail program; nothing is sent yet. Once you have sent it, choose &quot;Mark as sent&quot;: the one-month answer period starts that day.</source>
        <translation>Le message a été confié à votre logiciel de messagerie ; rien n&apos;est encore envoyé. Une fois envoyé, choisissez « Marquer comme envoyée » : le délai de réponse d&apos;un mois commence ce jour-là.</translation>
    </message>
    <message>
        <source>The issue form was opened in your browser; nothing is sent yet. Once you have submitted it, choose &quot;Mark as sent&quot;: the one-month answer period starts that day.</source>
        <translation>Le formulaire de ticket a été ouvert dans votre navigateur ; rien n&apos;est encore envoyé. Une fois soumis, choisissez « Marquer comme envoyée » : le délai de réponse d&apos;un mois commence ce jour-là.</translation>
    </message>
    <message>
        <source>Also for tools not installed yet</source>
        <translation>Aussi pour les outils pas encore installés</translation>
    </message>
    <message>
        <source>&quot;Turn off all&quot; also writes the opt-outs of supported tools that are not installed here, so they start switched off when they are installed.</source>
        <translation>« Tout désactiver » écrit aussi les désactivations des outils pris en charge qui ne sont pas installés ici, pour qu’ils démarrent désactivés une fois installés.</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK</source>
        <translation>DO_NOT_TRACK</translation>
    </message>
    <message>
        <source>Which tools honour DO_NOT_TRACK</source>
        <translation>Quels outils respectent DO_NOT_TRACK</translation>
    </message>
    <message>
        <source>Open &amp;fleet reports…</source>
        <translation>Ouvrir les rapports de &amp;parc…</translation>
    </message>
    <message>
        <source>Show the audit reports of many machines (a folder of JSON reports) in one table</source>
        <translation>Afficher les rapports d’audit de nombreuses machines (un dossier de rapports JSON) dans un tableau</translation>
    </message>
    <message>
        <source>Folder of audit reports</source>
        <translation>Dossier de rapports d’audit</translation>
    </message>
    <message numerus="yes">
        <source>Fleet — %n host(s)</source>
        <translation>
            <numerusform>Parc — %n hôte</numerusform>
            <numerusform>Parc — %n hôtes</numerusform>
        </translation>
    </message>
    <message>
        <source>DO_NOT_&amp;TRACK…</source>
        <translation>DO_NOT_&amp;TRACK…</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n tool(s)</source>
        <translation>
            <numerusform>%1, %n outil</numerusform>
            <numerusform>%1, %n outils</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tlens::OptOutDialog</name>
    <message>
        <source>Also &amp;comment out these lines (undo puts them back)</source>
        <translation>&amp;Commenter aussi ces lignes (l&apos;annulation les rétablit)</translation>
    </message>
    <message>
        <source>Files that will change</source>
        <translation>Fichiers qui seront modifiés</translation>
    </message>
    <message>
        <source>Exact changes of the selected file</source>
        <translation>Modifications exactes du fichier sélectionné</translation>
    </message>
    <message>
        <source>Write changes</source>
        <translation>Écrire les modifications</translation>
    </message>
    <message>
        <source>&amp;Files that will change — select one to see exactly what is written:</source>
        <translation>&amp;Fichiers qui seront modifiés — sélectionnez-en un pour voir exactement ce qui est écrit :</translation>
    </message>
    <message>
        <source>Turn telemetry on again</source>
        <translation>Réactiver la télémétrie</translation>
    </message>
    <message>
        <source>Turn telemetry off</source>
        <translation>Désactiver la télémétrie</translation>
    </message>
    <message>
        <source>Turn on %1 for %2</source>
        <translation>Activer %1 pour %2</translation>
    </message>
    <message>
        <source>Turn off %1 for %2</source>
        <translation>Désactiver %1 pour %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n file(s) change.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : %n fichier sera modifié.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : %n fichiers seront modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>It would still collect afterwards (see below).</source>
        <translation>Il collecterait encore ensuite (voir ci-dessous).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: nothing to change, its files already say so.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : rien à modifier, ses fichiers contiennent déjà ce réglage.</translation>
    </message>
    <message>
        <source>It still collects because of a line elsewhere (see below).</source>
        <translation>Il collecte encore à cause d&apos;une ligne ailleurs (voir ci-dessous).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: left alone. %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : laissé tel quel. %2</translation>
    </message>
    <message>
        <source>&lt;code&gt;%1&lt;/code&gt; in %2 line %3 keeps %4 collecting.</source>
        <translation>&lt;code&gt;%1&lt;/code&gt; dans %2 (ligne %3) maintient la collecte de %4.</translation>
    </message>
    <message>
        <source>A setting outside the files Telemetry Lens manages takes precedence over the opt-out:</source>
        <translation>Un réglage situé hors des fichiers gérés par Telemetry Lens prévaut sur la désactivation :</translation>
    </message>
    <message>
        <source>Telemetry Lens changes such a line only if you ask it to: it comments the line out with a marker.</source>
        <translation>Telemetry Lens ne modifie une telle ligne que si vous le lui demandez : il la commente en y ajoutant un marqueur.</translation>
    </message>
    <message>
        <source>These lines are commented out by this change:</source>
        <translation>Ces lignes sont commentées par cette modification :</translation>
    </message>
    <message>
        <source>%1 (new file)</source>
        <translation>%1 (nouveau fichier)</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <source>No file needs to change.</source>
        <translation>Aucun fichier n&apos;a besoin d&apos;être modifié.</translation>
    </message>
    <message>
        <source>Every file is backed up first; Undo (Ctrl+Z) puts the exact previous bytes back.</source>
        <translation>Chaque fichier est d&apos;abord sauvegardé ; Annuler (Ctrl+Z) remet exactement les octets précédents.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Turn on — write %n file(s)</source>
        <translation>
            <numerusform>&amp;Activer — écrire %n fichier</numerusform>
            <numerusform>&amp;Activer — écrire %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Turn off — write %n file(s)</source>
        <translation>
            <numerusform>&amp;Désactiver — écrire %n fichier</numerusform>
            <numerusform>&amp;Désactiver — écrire %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a link; the file written is %2.</source>
        <translation>%1 est un lien ; le fichier écrit est %2.</translation>
    </message>
    <message>
        <source>Where to write the setting</source>
        <translation>Où écrire le réglage</translation>
    </message>
    <message>
        <source>Every account: the machine-wide files in /etc</source>
        <translation>Tous les comptes : les fichiers communs à la machine dans /etc</translation>
    </message>
    <message>
        <source>&amp;Write for:</source>
        <translation>Écrire &amp;pour :</translation>
    </message>
    <message>
        <source>every account</source>
        <translation>tous les comptes</translation>
    </message>
    <message>
        <source>%1 only: the account&apos;s own files</source>
        <translation>%1 seulement : les fichiers propres au compte</translation>
    </message>
    <message>
        <source>%1 would stay off for %2: %3</source>
        <translation>%1 resterait désactivé pour %2 : %3</translation>
    </message>
    <message>
        <source>%1 would still collect for %2: %3</source>
        <translation>%1 continuerait de collecter pour %2 : %3</translation>
    </message>
    <message>
        <source>Only an administrator can change the machine-wide files. Nothing can be written from this window; run this in a terminal instead:</source>
        <translation>Seul un administrateur peut modifier les fichiers communs à la machine. Rien ne peut être écrit depuis cette fenêtre ; exécutez plutôt ceci dans un terminal :</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: its setting goes into %n shared file(s), written once for all tools.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : son réglage va dans %n fichier partagé, écrit une seule fois pour tous les outils.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : son réglage va dans %n fichiers partagés, écrits une seule fois pour tous les outils.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n file(s) change, %2 of them shared with other tools.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : %n fichier sera modifié, dont %2 partagé avec d&apos;autres outils.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : %n fichiers seront modifiés, dont %2 partagés avec d&apos;autres outils.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all, %n file(s) change; a file shared by several tools is written once.</source>
        <translation>
            <numerusform>Au total, %n fichier est modifié ; un fichier partagé par plusieurs outils est écrit une seule fois.</numerusform>
            <numerusform>Au total, %n fichiers sont modifiés ; un fichier partagé par plusieurs outils est écrit une seule fois.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tlens::OverviewPage</name>
    <message>
        <source>&amp;Open tool page</source>
        <translation>&amp;Ouvrir la page de l&apos;outil</translation>
    </message>
    <message>
        <source>&amp;Turn off…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>Machine summary</source>
        <translation>Résumé de la machine</translation>
    </message>
    <message>
        <source>Tools and their telemetry state</source>
        <translation>Outils et état de leur télémétrie</translation>
    </message>
    <message>
        <source>Open tool page</source>
        <translation>Ouvrir la page de l&apos;outil</translation>
    </message>
    <message>
        <source>Open the selected tool&apos;s page</source>
        <translation>Ouvrir la page de l&apos;outil sélectionné</translation>
    </message>
    <message>
        <source>Turn off the selected tool&apos;s telemetry</source>
        <translation>Désactiver la télémétrie de l&apos;outil sélectionné</translation>
    </message>
    <message>
        <source>No stored reports yet: the tools have not written any report on this machine.</source>
        <translation>Aucun rapport enregistré pour l&apos;instant : les outils n&apos;ont écrit aucun rapport sur cette machine.</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Analyse…</translation>
    </message>
    <message>
        <source>Nothing scanned yet</source>
        <translation>Rien n&apos;a encore été analysé</translation>
    </message>
    <message>
        <source>Reports sent per tool</source>
        <translation>Rapports envoyés par outil</translation>
    </message>
    <message>
        <source>No account found</source>
        <translation>Aucun compte trouvé</translation>
    </message>
    <message>
        <source>No account with a home folder was found under %1. Choose another home or &quot;All users&quot; in Scope.</source>
        <translation>Aucun compte avec un dossier personnel n&apos;a été trouvé sous %1. Choisissez un autre dossier personnel ou « Tous les utilisateurs » dans Portée.</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Collecting: %1</source>
        <translation>En collecte : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1 (%2)</source>
        <translation>Compte %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n stored report(s)</source>
        <translation>
            <numerusform>%n rapport enregistré</numerusform>
            <numerusform>%n rapports enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identifier(s)</source>
        <translation>
            <numerusform>%n identifiant</numerusform>
            <numerusform>%n identifiants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read as expected (point here for details).</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être lu comme prévu (survolez ce texte pour les détails).</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être lus comme prévu (survolez ce texte pour les détails).</numerusform>
        </translation>
    </message>
    <message>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>par an</translation>
    </message>
    <message>
        <source>Reports sent per tool, %1</source>
        <translation>Rapports envoyés par outil, %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n report(s) without a time are not shown)</source>
        <translation>
            <numerusform>(%n rapport sans horodatage n&apos;est pas affiché)</numerusform>
            <numerusform>(%n rapports sans horodatage ne sont pas affichés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all supported tools</source>
        <translation>Afficher tous les outils pris en charge</translation>
    </message>
    <message>
        <source>Also list the supported tools that are neither installed nor configured here.</source>
        <translation>Lister aussi les outils pris en charge qui ne sont ni installés ni configurés ici.</translation>
    </message>
</context>
<context>
    <name>tlens::ReportsModel</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Send error: %1</source>
        <translation>Erreur d&apos;envoi : %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>tlens::RequestLedger</name>
    <message>
        <source>The SQLite driver for Qt is missing; install the package libqt6sql6-sqlite.</source>
        <translation>Le pilote SQLite de Qt est absent ; installez le paquet libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the request ledger; check its permissions.</source>
        <translation>Impossible de créer le dossier %1 pour le registre des demandes ; vérifiez ses droits d&apos;accès.</translation>
    </message>
    <message>
        <source>Cannot open the request ledger %1: %2</source>
        <translation>Impossible d&apos;ouvrir le registre des demandes %1 : %2</translation>
    </message>
    <message>
        <source>Cannot use the request ledger %1: %2</source>
        <translation>Impossible d&apos;utiliser le registre des demandes %1 : %2</translation>
    </message>
    <message>
        <source>it was written by a newer Telemetry Lens (schema %1); update the application.</source>
        <translation>il a été écrit par une version plus récente de Telemetry Lens (schéma %1) ; mettez l&apos;application à jour.</translation>
    </message>
    <message>
        <source>The request ledger %1 is not open.</source>
        <translation>Le registre des demandes %1 n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>Cannot store the request in %1: %2</source>
        <translation>Impossible d&apos;enregistrer la demande dans %1 : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a request id; give at least its first 4 characters as listed by telemetry-lens requests.</source>
        <translation>« %1 » n&apos;est pas un identifiant de demande ; indiquez au moins ses 4 premiers caractères, tels que les liste telemetry-lens requests.</translation>
    </message>
    <message>
        <source>Cannot read the request ledger %1.</source>
        <translation>Impossible de lire le registre des demandes %1.</translation>
    </message>
    <message>
        <source>No request with id %1 in the ledger.</source>
        <translation>Aucune demande avec l&apos;identifiant %1 dans le registre.</translation>
    </message>
    <message numerus="yes">
        <source>The id %1 matches %n request(s); give more characters.</source>
        <translation>
            <numerusform>L&apos;identifiant %1 correspond à %n demande ; indiquez plus de caractères.</numerusform>
            <numerusform>L&apos;identifiant %1 correspond à %n demandes ; indiquez plus de caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot update the request ledger %1: %2</source>
        <translation>Impossible de mettre à jour le registre des demandes %1 : %2</translation>
    </message>
    <message>
        <source>Request %1 does not go over HTTP.</source>
        <translation>La demande %1 ne passe pas par HTTP.</translation>
    </message>
    <message>
        <source>Request %1 (%2): that change does not apply to it.</source>
        <translation>Demande %1 (%2) : ce changement ne la concerne pas.</translation>
    </message>
    <message>
        <source>Request %1 is closed.</source>
        <translation>La demande %1 est clôturée.</translation>
    </message>
    <message>
        <source>Request %1 was already answered on %2.</source>
        <translation>La demande %1 a déjà reçu une réponse le %2.</translation>
    </message>
    <message>
        <source>Request %1 was already recorded as sent on %2.</source>
        <translation>La demande %1 est déjà consignée comme envoyée le %2.</translation>
    </message>
    <message>
        <source>Request %1 goes to an HTTP endpoint: it counts as sent when the endpoint accepts it. Send it again with telemetry-lens requests --retry, or close it.</source>
        <translation>La demande %1 va à un point de terminaison HTTP : elle compte comme envoyée quand celui-ci l&apos;accepte. Renvoyez-la avec telemetry-lens requests --retry, ou clôturez-la.</translation>
    </message>
    <message>
        <source>Request %1 is not marked as sent yet; mark it sent first, with the day you sent it.</source>
        <translation>La demande %1 n&apos;est pas encore marquée comme envoyée ; marquez-la d&apos;abord comme envoyée, avec le jour de l&apos;envoi.</translation>
    </message>
    <message>
        <source>Request %1 was never delivered to its endpoint.</source>
        <translation>La demande %1 n&apos;a jamais été remise à son point de terminaison.</translation>
    </message>
    <message>
        <source>Request %1 is already closed.</source>
        <translation>La demande %1 est déjà clôturée.</translation>
    </message>
</context>
<context>
    <name>tlens::RequestSender</name>
    <message>
        <source>&quot;%1&quot; is not an absolute https:// address.</source>
        <translation>« %1 » n&apos;est pas une adresse https:// absolue.</translation>
    </message>
    <message>
        <source>The endpoint %1 contains a user name or password; the ledger and the screen would show it. Use an address without credentials.</source>
        <translation>Le point de terminaison %1 contient un nom d&apos;utilisateur ou un mot de passe, que le registre et l&apos;écran afficheraient. Utilisez une adresse sans identifiants de connexion.</translation>
    </message>
    <message>
        <source>The endpoint %1 uses plain http://, which anyone on the way can read and change. Use https:// (plain http:// is accepted only for this computer: localhost, 127.0.0.1, ::1).</source>
        <translation>Le point de terminaison %1 utilise http:// non chiffré, que n&apos;importe qui sur le trajet peut lire et modifier. Utilisez https:// (http:// non chiffré n&apos;est accepté que pour cet ordinateur : localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>The endpoint %1 is not an https:// address.</source>
        <translation>Le point de terminaison %1 n&apos;est pas une adresse https://.</translation>
    </message>
    <message>
        <source>Request %1 vanished from the ledger.</source>
        <translation>La demande %1 a disparu du registre.</translation>
    </message>
    <message>
        <source>Delivered, but the ledger could not record it: %1</source>
        <translation>Remise, mais le registre n&apos;a pas pu l&apos;enregistrer : %1</translation>
    </message>
    <message>
        <source>The endpoint answered HTTP %1 and points to %2; configure that address instead.</source>
        <translation>Le point de terminaison a répondu HTTP %1 et renvoie vers %2 ; configurez plutôt cette adresse.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>aucune adresse</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). Check the address and the system&apos;s certificates; the request was not retried.</source>
        <translation>La connexion sécurisée à %1 a échoué (%2). Vérifiez l&apos;adresse et les certificats du système ; la demande n&apos;a pas été renvoyée.</translation>
    </message>
    <message numerus="yes">
        <source>The server asks to wait %n second(s) before trying again; the request stays queued.</source>
        <translation>
            <numerusform>Le serveur demande d&apos;attendre %n seconde avant de réessayer ; la demande reste en file d&apos;attente.</numerusform>
            <numerusform>Le serveur demande d&apos;attendre %n secondes avant de réessayer ; la demande reste en file d&apos;attente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tlens::RequestsModel</name>
    <message>
        <source>printed / copied</source>
        <translation>texte affiché / copié</translation>
    </message>
    <message>
        <source>mail program</source>
        <translation>logiciel de messagerie</translation>
    </message>
    <message>
        <source>.eml file</source>
        <translation>fichier .eml</translation>
    </message>
    <message>
        <source>issue tracker</source>
        <translation>gestionnaire de tickets</translation>
    </message>
    <message>
        <source>privacy endpoint</source>
        <translation>point de terminaison (vie privée)</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — en retard</translation>
    </message>
    <message numerus="yes">
        <source>%1 (overdue by %n day(s))</source>
        <translation>
            <numerusform>%1 (en retard de %n jour)</numerusform>
            <numerusform>%1 (en retard de %n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (dans %n jour)</numerusform>
            <numerusform>%1 (dans %n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (après %n tentative)</numerusform>
            <numerusform>%1 (après %n tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Réponse attendue</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>starts when sent</source>
        <translation>commence à l&apos;envoi</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
</context>
<context>
    <name>tlens::RequestsPage</name>
    <message>
        <source>&amp;Retry sending</source>
        <translation>&amp;Réessayer l&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Copy message</source>
        <translation>&amp;Copier le message</translation>
    </message>
    <message>
        <source>Mark as &amp;answered</source>
        <translation>Consigner la ré&amp;ponse</translation>
    </message>
    <message>
        <source>C&amp;lose request</source>
        <translation>C&amp;lôturer la demande</translation>
    </message>
    <message>
        <source>Deletion requests</source>
        <translation>Demandes d&apos;effacement</translation>
    </message>
    <message>
        <source>Deletion requests and their deadlines</source>
        <translation>Demandes d&apos;effacement et leurs échéances</translation>
    </message>
    <message>
        <source>The request&apos;s exact message</source>
        <translation>Le message exact de la demande</translation>
    </message>
    <message>
        <source>Send a request that could not reach its endpoint again</source>
        <translation>Renvoyer une demande qui n&apos;a pas pu atteindre son point de terminaison</translation>
    </message>
    <message>
        <source>The vendor answered</source>
        <translation>Le fournisseur a répondu</translation>
    </message>
    <message>
        <source>Stop following this request up</source>
        <translation>Arrêter le suivi de cette demande</translation>
    </message>
    <message>
        <source>Request %1: attempt %2 failed (%3); trying again.</source>
        <translation>Demande %1 : la tentative %2 a échoué (%3) ; nouvel essai.</translation>
    </message>
    <message>
        <source>Request %1 was delivered.</source>
        <translation>La demande %1 a été remise.</translation>
    </message>
    <message>
        <source>Request %1 could not be delivered now (%2); it stays queued and is tried again when the window next opens, or with Retry.</source>
        <translation>La demande %1 n&apos;a pas pu être remise pour l&apos;instant (%2) ; elle reste en attente et sera de nouveau tentée à la prochaine ouverture de la fenêtre, ou avec « Réessayer l&apos;envoi ».</translation>
    </message>
    <message>
        <source>The endpoint refused request %1: %2</source>
        <translation>Le point de terminaison a refusé la demande %1 : %2</translation>
    </message>
    <message>
        <source>No deletion request yet. Open a tool, check identifiers in its Identifiers tab and choose &quot;Request deletion&quot;.</source>
        <translation>Aucune demande d&apos;effacement pour l&apos;instant. Ouvrez un outil, cochez des identifiants dans son onglet Identifiants et choisissez « Demander l&apos;effacement ».</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for an answer or delivery</source>
        <translation>
            <numerusform>%n en attente de réponse ou de remise</numerusform>
            <numerusform>%n en attente de réponse ou de remise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue (no answer within the month the GDPR allows)</source>
        <translation>
            <numerusform>%n en retard (sans réponse dans le mois accordé par le RGPD)</numerusform>
            <numerusform>%n en retard (sans réponse dans le mois accordé par le RGPD)</numerusform>
        </translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>À : %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Point de terminaison : %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
    <message>
        <source>&amp;Open link</source>
        <translation>&amp;Ouvrir le lien</translation>
    </message>
    <message>
        <source>Open the request&apos;s mail or issue link again in your mail program or browser</source>
        <translation>Rouvre le lien de courriel ou de ticket de la demande dans votre logiciel de messagerie ou votre navigateur</translation>
    </message>
    <message>
        <source>No program could open the link; use Copy message instead.</source>
        <translation>Aucun programme n&apos;a pu ouvrir le lien ; utilisez plutôt « Copier le message ».</translation>
    </message>
    <message>
        <source>Mark as &amp;sent…</source>
        <translation>Marquer comme &amp;envoyée…</translation>
    </message>
    <message>
        <source>You sent it yourself (from your mail program, the issue form, or a copy of the text): give the day, and the one-month answer period starts from it</source>
        <translation>Vous l&apos;avez envoyée vous-même (depuis votre logiciel de messagerie, le formulaire de ticket ou une copie du texte) : indiquez le jour, le délai de réponse d&apos;un mois court à partir de celui-ci</translation>
    </message>
    <message numerus="yes">
        <source>%n not marked as sent yet (nothing counts down until then)</source>
        <translation>
            <numerusform>%n pas encore marquée comme envoyée (aucun délai ne court d&apos;ici là)</numerusform>
            <numerusform>%n pas encore marquées comme envoyées (aucun délai ne court d&apos;ici là)</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 request %2</source>
        <translation>la demande %1 %2</translation>
    </message>
    <message>
        <source>Request %1 is recorded as sent on %2; the answer is due by %3.</source>
        <translation>La demande %1 est consignée comme envoyée le %2 ; la réponse est attendue au plus tard le %3.</translation>
    </message>
    <message>
        <source>Request %1: %2.</source>
        <translation>Demande %1 : %2.</translation>
    </message>
</context>
<context>
    <name>tlens::SentDateDialog</name>
    <message>
        <source>Mark as sent</source>
        <translation>Marquer comme envoyée</translation>
    </message>
    <message>
        <source>On which day did you send %1? The vendor has one month from that day to answer.</source>
        <translation>Quel jour avez-vous envoyé %1 ? L&apos;éditeur a un mois à partir de ce jour pour répondre.</translation>
    </message>
    <message>
        <source>The day the request was sent</source>
        <translation>Le jour où la demande a été envoyée</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Envoyée le :</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Marquer comme envoyée</translation>
    </message>
    <message>
        <source>The answer is due by %1.</source>
        <translation>La réponse est attendue au plus tard le %1.</translation>
    </message>
</context>
<context>
    <name>tlens::TimelineChart</name>
    <message>
        <source>Reports sent per tool over time</source>
        <translation>Rapports envoyés par outil au fil du temps</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
</context>
<context>
    <name>tlens::TimelineModel</name>
    <message>
        <source>wk %1</source>
        <translation>sem. %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n report(s)</source>
        <translation>
            <numerusform>%1, %2 : %n rapport</numerusform>
            <numerusform>%1, %2 : %n rapports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tlens::ToolPage</name>
    <message>
        <source>Request &amp;deletion…</source>
        <translation>Demander l&apos;effa&amp;cement…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Request deletion of this tool&apos;s data</source>
        <translation>Demander l&apos;effacement des données de cet outil</translation>
    </message>
    <message>
        <source>Tool details</source>
        <translation>Détails de l&apos;outil</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>Pourq&amp;uoi</translation>
    </message>
    <message>
        <source>&amp;Sent</source>
        <translation>E&amp;nvoyés</translation>
    </message>
    <message>
        <source>Would se&amp;nd</source>
        <translation>Prochain en&amp;voi</translation>
    </message>
    <message>
        <source>&amp;Identifiers</source>
        <translation>&amp;Identifiants</translation>
    </message>
    <message>
        <source>Inputs the tool reads, highest precedence first</source>
        <translation>Entrées lues par l&apos;outil, de la plus prioritaire à la moins prioritaire</translation>
    </message>
    <message>
        <source>Open the folder of the selected input&apos;s file</source>
        <translation>Ouvrir le dossier du fichier de l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>Open file location</source>
        <translation>Ouvrir l&apos;emplacement du fichier</translation>
    </message>
    <message>
        <source>The inputs the tool reads, highest precedence first. The bold one decided.</source>
        <translation>Les entrées lues par l&apos;outil, de la plus prioritaire à la moins prioritaire. Celle en gras a décidé.</translation>
    </message>
    <message>
        <source>Filter by session, version, contents, file…</source>
        <translation>Filtrer par session, version, contenu, fichier…</translation>
    </message>
    <message>
        <source>Filter reports</source>
        <translation>Filtrer les rapports</translation>
    </message>
    <message>
        <source>Show reports with status</source>
        <translation>Afficher les rapports ayant le statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Request deletion of selected…</source>
        <translation>Demander l&apos;effacement de la sélection…</translation>
    </message>
    <message>
        <source>Request deletion of the selected reports&apos; sessions</source>
        <translation>Demander l&apos;effacement des sessions des rapports sélectionnés</translation>
    </message>
    <message>
        <source>Stored reports</source>
        <translation>Rapports enregistrés</translation>
    </message>
    <message>
        <source>Selected report as a JSON tree</source>
        <translation>Rapport sélectionné sous forme d&apos;arbre JSON</translation>
    </message>
    <message>
        <source>Selected report as raw text</source>
        <translation>Rapport sélectionné en texte brut</translation>
    </message>
    <message>
        <source>Selected report</source>
        <translation>Rapport sélectionné</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>Arbre JSON</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>What would be sent next</source>
        <translation>Ce qui serait envoyé ensuite</translation>
    </message>
    <message>
        <source>Still sent after opting out</source>
        <translation>Encore envoyé après la désactivation</translation>
    </message>
    <message>
        <source>Still sent after you opt out</source>
        <translation>Encore envoyé après votre désactivation</translation>
    </message>
    <message>
        <source>Identifiers found for this tool</source>
        <translation>Identifiants trouvés pour cet outil</translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation>Cocher / décocher</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <source>Request deletion of &amp;checked…</source>
        <translation>Demander l&apos;effacement des identifiants c&amp;ochés…</translation>
    </message>
    <message>
        <source>Compose a deletion request for the checked identifiers</source>
        <translation>Rédiger une demande d&apos;effacement pour les identifiants cochés</translation>
    </message>
    <message>
        <source>Files the tool reads</source>
        <translation>Fichiers lus par l&apos;outil</translation>
    </message>
    <message>
        <source>Content of the selected file, secrets masked</source>
        <translation>Contenu du fichier sélectionné, secrets masqués</translation>
    </message>
    <message>
        <source>Every file this tool reads for this account, as it is now. Secret values are shown as ********.</source>
        <translation>Chaque fichier que cet outil lit pour ce compte, tel qu&apos;il est actuellement. Les valeurs secrètes sont affichées sous la forme ********.</translation>
    </message>
    <message>
        <source>&amp;Sent (%1)</source>
        <translation>E&amp;nvoyés (%1)</translation>
    </message>
    <message>
        <source>&amp;Identifiers (%1)</source>
        <translation>&amp;Identifiants (%1)</translation>
    </message>
    <message>
        <source>%1 names no address for deletion requests; a request is a new issue on its tracker quoting the %2. Check the identifiers to quote.</source>
        <translation>%1 n&apos;indique aucune adresse pour les demandes d&apos;effacement ; une demande est un nouveau ticket sur son gestionnaire de tickets, citant le %2. Cochez les identifiants à citer.</translation>
    </message>
    <message>
        <source>Deletion requests go to %1 and quote the %2. Check the identifiers to quote.</source>
        <translation>Les demandes d&apos;effacement sont adressées à %1 et citent le %2. Cochez les identifiants à citer.</translation>
    </message>
    <message>
        <source>for %1 (%2)</source>
        <translation>pour %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Turn off…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>Turn off %1&apos;s telemetry</source>
        <translation>Désactiver la télémétrie de %1</translation>
    </message>
    <message>
        <source>&amp;Turn off (fix setting)…</source>
        <translation>&amp;Désactiver (corriger le réglage)…</translation>
    </message>
    <message>
        <source>Turn off %1&apos;s telemetry and fix the rejected setting</source>
        <translation>Désactiver la télémétrie de %1 et corriger le réglage rejeté</translation>
    </message>
    <message>
        <source>&amp;Turn on again…</source>
        <translation>Ré&amp;activer…</translation>
    </message>
    <message>
        <source>Turn %1&apos;s telemetry on again</source>
        <translation>Réactiver la télémétrie de %1</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Sends to</source>
        <translation>Envoie à</translation>
    </message>
    <message>
        <source>Installed copies</source>
        <translation>Copies installées</translation>
    </message>
    <message>
        <source>Not installed for this account; its settings still apply the day it is installed.</source>
        <translation>Non installé pour ce compte ; ses réglages s&apos;appliqueront dès son installation.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>version inconnue</translation>
    </message>
    <message>
        <source>Where the documentation is wrong</source>
        <translation>Là où la documentation se trompe</translation>
    </message>
    <message>
        <source>Built from this machine; %1 sends it to %2.</source>
        <translation>Construit à partir de cette machine ; %1 l&apos;envoie à %2.</translation>
    </message>
    <message>
        <source>Built from this machine; sent to %1 if %2 collects again.</source>
        <translation>Construit à partir de cette machine ; envoyé à %1 si %2 collecte de nouveau.</translation>
    </message>
    <message>
        <source>Nothing is sent.</source>
        <translation>Rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>%1 (does not exist)</source>
        <translation>%1 (n&apos;existe pas)</translation>
    </message>
    <message>
        <source>This tool reads no file for this account: only environment variables and defaults.</source>
        <translation>Cet outil ne lit aucun fichier pour ce compte : seulement des variables d&apos;environnement et des valeurs par défaut.</translation>
    </message>
    <message>
        <source>%1 does not exist. The tool uses its defaults for what this file would set.</source>
        <translation>%1 n&apos;existe pas. L&apos;outil utilise ses valeurs par défaut pour ce que ce fichier définirait.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a text file (%n byte(s)).</source>
        <translation>
            <numerusform>%1 n&apos;est pas un fichier texte (%n octet).</numerusform>
            <numerusform>%1 n&apos;est pas un fichier texte (%n octets).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is empty or could not be read.</source>
        <translation>%1 est vide ou n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n rapport</numerusform>
            <numerusform>%n rapports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n report(s)</source>
        <translation>
            <numerusform>%1 sur %n rapport</numerusform>
            <numerusform>%1 sur %n rapports</numerusform>
        </translation>
    </message>
    <message>
        <source>What the switch would write to the selected file</source>
        <translation>Ce que le commutateur écrirait dans le fichier sélectionné</translation>
    </message>
    <message>
        <source>Working out what the switch would write…</source>
        <translation>Calcul de ce que le commutateur écrirait…</translation>
    </message>
    <message>
        <source>Turning it on again</source>
        <translation>La réactivation</translation>
    </message>
    <message>
        <source>Turning it off</source>
        <translation>La désactivation</translation>
    </message>
    <message>
        <source>%1 would write this change (after you confirm it):</source>
        <translation>%1 écrirait cette modification (après votre confirmation) :</translation>
    </message>
    <message>
        <source>%1 would not change this file.</source>
        <translation>%1 ne modifierait pas ce fichier.</translation>
    </message>
    <message>
        <source>Fi&amp;les</source>
        <translation>Fic&amp;hiers</translation>
    </message>
    <message>
        <source>&amp;Open file location</source>
        <translation>Ouvrir l&apos;emp&amp;lacement du fichier</translation>
    </message>
    <message>
        <source>Filte&amp;r:</source>
        <translation>Filt&amp;re :</translation>
    </message>
    <message>
        <source>No report selected.</source>
        <translation>Aucun rapport sélectionné.</translation>
    </message>
    <message>
        <source>line %1, %2, keeps %3 collecting</source>
        <translation>la ligne %1, %2, fait que %3 continue de collecter</translation>
    </message>
    <message>
        <source>%1 leaves this file as it is unless you ask for more: %2. The Turn-off dialog offers to comment that out (Undo puts it back).</source>
        <translation>%1 laisse ce fichier tel quel, sauf si vous en demandez plus : %2. La fenêtre de désactivation propose de la mettre en commentaire (Annuler la rétablit).</translation>
    </message>
    <message>
        <source>No stored report: %1 has not written any on this machine for this account.</source>
        <translation>Aucun rapport enregistré : %1 n&apos;en a écrit aucun sur cette machine pour ce compte.</translation>
    </message>
    <message>
        <source>%1 What it would send next is under &quot;Would send&quot;.</source>
        <translation>%1 Ce qu&apos;il enverrait ensuite se trouve sous « Prochain envoi ».</translation>
    </message>
    <message>
        <source>No program to show folders is set up on this computer, so the folder could not be opened. It is %1.</source>
        <translation>Aucun programme pour afficher les dossiers n&apos;est configuré sur cet ordinateur : le dossier n&apos;a pas pu être ouvert. Il se trouve ici : %1.</translation>
    </message>
    <message>
        <source>%1 names no contact for deletion requests; the identifiers below are what such a request would quote.</source>
        <translation>%1 n’indique aucun contact pour les demandes de suppression ; les identifiants ci-dessous sont ceux qu’une telle demande citerait.</translation>
    </message>
    <message>
        <source>Its own status command</source>
        <translation>Sa propre commande d’état</translation>
    </message>
    <message>
        <source>It agrees with what %1 then does.</source>
        <translation>Elle concorde avec ce que fait ensuite %1.</translation>
    </message>
    <message>
        <source>Do not rely on it:</source>
        <translation>Ne vous y fiez pas :</translation>
    </message>
    <message>
        <source>(for every account of this machine)</source>
        <translation>(pour chaque compte de cette machine)</translation>
    </message>
</context>
<context>
    <name>tlens::ToolStatusModel</name>
    <message>
        <source>No warnings</source>
        <translation>Aucun avertissement</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided by %1 in %2</source>
        <translation>Décidé par %1 dans %2</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
</context>
</TS>
