// The translatable sentences of the catalog (resources/catalog), listed so that lupdate finds them.
// Catalog::text() looks them up in the "Catalog" context; a test checks this list matches the catalog.
#include "catalog.h"

namespace tlens {

extern const char *const kCatalogStrings[];
int catalogStringCount();

const char *const kCatalogStrings[] = {
    QT_TRANSLATE_NOOP("Catalog",
                      "Ray collects by default. An interactive `ray start` asks once and saves the answer; a "
                      "non-interactive start collects without asking."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A local cluster started by ray.init() never reports; this is not a setting."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Flag of ray start --head, ray up, ray submit --start and ray exec --start: one run "
                      "only, never saved."),
    QT_TRANSLATE_NOOP("Catalog", "Only hides the first-run prompt; collection is not disabled."),
    QT_TRANSLATE_NOOP("Catalog", "Sends the reports to another address."),
    QT_TRANSLATE_NOOP("Catalog", "Adds k=v;k2=v2 tags to every report."),
    QT_TRANSLATE_NOOP("Catalog", "Overrides the report's source field."),
    QT_TRANSLATE_NOOP("Catalog", "Moves the session folders (and their reports)."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Links every report of one cluster; in new releases it is the cluster id, not a random value."),
    QT_TRANSLATE_NOOP("Catalog", "about 60 s after a cluster starts, then every hour"),
    QT_TRANSLATE_NOOP("Catalog",
                      "Each cluster not started by ray.init() still sends one report with only "
                      "schema_version, source and collect_timestamp_ms set and every other field null."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The documentation says `ray disable-usage-stats` writes {\"usage_stats\": true}; it writes false."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The documentation calls session_id a random UUID; new releases use the cluster id."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The documentation implies nothing is sent after opting out; one minimal report per "
                      "cluster still is."),
    QT_TRANSLATE_NOOP("Catalog", "Skyplane collects by default and reports this as \"enabled explicitly\"."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Skyplane loads this file when it is imported: a value it cannot parse breaks every "
                      "command, whatever the environment says."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Twenty zeros followed by this machine's network (MAC) address: permanent, and "
                      "identifies the hardware."),
    QT_TRANSLATE_NOOP("Catalog", "The date and time of one transfer."),
    QT_TRANSLATE_NOOP("Catalog", "after every transfer or error; plain HTTP to a raw IP address"),
    QT_TRANSLATE_NOOP("Catalog",
                      "Nothing, once the opt-out is read: Skyplane checks it before every report."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The documentation says the opt-out writes {\"usage_stats\": false} to "
                      "~/.skyplane/config.json; Skyplane ignores that file, and JSON in ~/.skyplane/config "
                      "makes every skyplane command crash. The setting is the INI key [flags] usage_stats."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The documentation calls the client id random and short-lived; it is the machine's MAC "
                      "address and permanent."),
    QT_TRANSLATE_NOOP("Catalog", "MLflow collects by default; only environment variables switch it off."),
    QT_TRANSLATE_NOOP("Catalog", "Moves telemetry.json."),
    QT_TRANSLATE_NOOP("Catalog", "MLflow keeps no copy of what it sends."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A random id kept in telemetry.json that links every event from this account since "
                      "telemetry first ran."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "batches of up to 500 events every 10 s; the address comes from https://config.mlflow-telemetry.io"),
    QT_TRANSLATE_NOOP("Catalog",
                      "Nothing from processes that see the variable. Programs started before the change, or "
                      "from an environment that does not read your shell files (cron, systemd services, IDEs "
                      "started otherwise), still send."),
    QT_TRANSLATE_NOOP("Catalog",
                      "MLflow does not honour DO_NOT_TRACK=1, the usual convention: only DO_NOT_TRACK=true."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "There is no configuration file opt-out: deleting telemetry.json only resets the installation id."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Rasa collects by default; its next command-line run writes ~/.config/rasa/global.yml "
                      "with enabled: true and a new id."),
    QT_TRANSLATE_NOOP("Catalog", "true makes Rasa print the events instead of sending them."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A random id in global.yml sent with every event (as userId and metrics_id); links all "
                      "your Rasa projects."),
    QT_TRANSLATE_NOOP("Catalog", "one request per event (training, running, testing, ...)"),
    QT_TRANSLATE_NOOP("Catalog",
                      "Nothing when the file is written directly. `rasa telemetry disable` itself sends one "
                      "\"Telemetry Disabled\" event before it writes the file."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The telemetry documentation names no deletion channel; Rasa's data processing terms "
                      "name the data protection officer, dpo@rasa.com."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A quoted \"false\" (or no, off) in global.yml is a string, which Rasa treats as true: "
                      "telemetry stays on."),
    QT_TRANSLATE_NOOP(
        "Catalog", "BentoML sends usage events by default, from its commands and from every model server."),
    QT_TRANSLATE_NOOP("Catalog", "Global flag of the bentoml command: one run only."),
    QT_TRANSLATE_NOOP("Catalog", "Moves client_id and .yatai.yaml."),
    QT_TRANSLATE_NOOP("Catalog", "true logs the events instead of sending them; the state stays as decided."),
    QT_TRANSLATE_NOOP("Catalog", "A random id in $BENTOML_HOME/client_id sent with every event."),
    QT_TRANSLATE_NOOP(
        "Catalog", "A uuid1: it embeds this machine's network (MAC) address and the time, in every event."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Your BentoCloud login e-mail, sent with every event while you are logged in."),
    QT_TRANSLATE_NOOP("Catalog",
                      "after each command, when a server starts, then every 12 hours while it runs"),
    QT_TRANSLATE_NOOP("Catalog",
                      "Nothing from processes that see BENTOML_DO_NOT_TRACK=true; programs started before "
                      "the change keep sending."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Only BENTOML_DO_NOT_TRACK=true (any case) stops programs that use BentoML as a "
                      "library; 1 and yes work only for the bentoml command."),
    QT_TRANSLATE_NOOP("Catalog",
                      "BentoCloud logins (API tokens: secrets, never shown); the current one's e-mail is "
                      "sent with every event."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The bentoml command reads the same variable with click's spellings (1, yes, on also "
                      "switch it off), unverified."),
    QT_TRANSLATE_NOOP(
        "Catalog", "Chroma 1.5.2 and older send product telemetry by default; from 1.5.3 on there is none."),
    QT_TRANSLATE_NOOP("Catalog", "A value passed in code beats the variable and .env (1.5.2 and older)."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Chroma reads a .env file in the folder it starts in; this is the one of your home folder."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A random id old Chroma releases kept in ~/.cache/chroma/telemetry_user_id and sent "
                      "with every event."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "1.5.2 and older: on client start and collection operations (PostHog's default host, unverified)"),
    QT_TRANSLATE_NOOP("Catalog", "Nothing."),
    QT_TRANSLATE_NOOP("Catalog", "Left by a release older than 1.5.3; usable in a deletion request."),
    QT_TRANSLATE_NOOP("Catalog", "Old releases do not collect while pytest is loaded."),
    QT_TRANSLATE_NOOP("Catalog", "Harmless for 1.5.3 and later, which collect nothing."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Chroma 1.5.3 made product telemetry a no-op; ANONYMIZED_TELEMETRY still exists but has no effect."),
    QT_TRANSLATE_NOOP("Catalog",
                      "DVC sends an analytics report after every command by default; inside a repository its "
                      ".dvc/config and .dvc/config.local can decide otherwise."),
    QT_TRANSLATE_NOOP("Catalog", "A test hook of DVC."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "DVC validates this file for every command: a value other than true or false breaks them all."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "When set, DVC does not start the daemon that sends the report: a side effect, not an opt-out."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Has no effect on DVC, which does not use that part of iterative-telemetry."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "A random id kept in ~/.config/iterative/telemetry and sent with every report; in CI it is derived "
        "from the CI user's name, login and id (or the last committer's e-mail)."),
    QT_TRANSLATE_NOOP("Catalog", "after every dvc command, from a detached background process"),
    QT_TRANSLATE_NOOP("Catalog",
                      "Nothing from commands that see the opt-out. Storing do-not-track as the id only "
                      "blanks user_id: DVC still sends the report."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "ITERATIVE_DO_NOT_TRACK is documented by iterative-telemetry, but DVC does not honour it."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Storing do-not-track as the user id does not stop DVC's reports; they are sent with user_id null."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The id of older DVC releases; read once and moved to ~/.config/iterative/telemetry."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Inside a repository, .dvc/config and then .dvc/config.local beat the global file: "
                      "analytics = true there shadows a global false."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Inside a DVC repository its .dvc/config and .dvc/config.local decide, and they beat "
                      "your global file."),
    QT_TRANSLATE_NOOP("Catalog",
                      "CI is not an opt-out; there the id is derived from the CI user's identity."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A repository's .dvc/config or .dvc/config.local with analytics = true does not matter "
                      "once DVC_NO_ANALYTICS is set."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Evidently's UI service (evidently ui) sends an event per API call by default."),
    QT_TRANSLATE_NOOP("Catalog", "Dead code in Evidently 0.7: setting it has no effect."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A random id in ~/.config/evidentlyai/telemetry sent with every event; in CI it is "
                      "derived from the CI user's identity."),
    QT_TRANSLATE_NOOP("Catalog",
                      "per UI API call (list_projects, list_reports, ...); plain HTTP to a raw IP address, "
                      "from a python -c process that shows the payload in the process list"),
    QT_TRANSLATE_NOOP("Catalog", "Nothing from UI services that see DO_NOT_TRACK."),
    QT_TRANSLATE_NOOP("Catalog",
                      "EVIDENTLY_DISABLE_TELEMETRY is still defined but read nowhere in 0.7; only "
                      "DO_NOT_TRACK (any value, even empty) works."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A user_id that is not a string makes every UI event fail; do-not-track as the value "
                      "switches it off."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Only the UI service (evidently ui) sends; the telemetry setting of its configuration "
                      "can switch it off too (how it is loaded is unverified)."),
    QT_TRANSLATE_NOOP("Catalog",
                      "DO_NOT_TRACK=1 switches off every tool that honours it, not only Evidently."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Feast 0.35 and older send usage data by default; 0.36 and 0.37 only with "
                      "FEAST_USAGE=True and an endpoint; 0.38 and later have none."),
    QT_TRANSLATE_NOOP("Catalog", "Replaces the id in ~/.feast/usage (0.35 and older)."),
    QT_TRANSLATE_NOOP("Catalog", "0.36 and 0.37 send only when this is set too."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A random id old Feast releases kept in ~/.feast/usage; the file's date is when Feast "
                      "was first used."),
    QT_TRANSLATE_NOOP("Catalog", "0.35 and older: on Feast commands and SDK calls"),
    QT_TRANSLATE_NOOP("Catalog", "Left by a release older than 0.38; usable in a deletion request."),
    QT_TRANSLATE_NOOP("Catalog", "Harmless for 0.38 and later, which collect nothing."),
    QT_TRANSLATE_NOOP("Catalog", "Feast removed usage tracking in 0.38.0."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Gradio sends analytics by default: every gr.Blocks, gr.Interface or gr.ChatInterface "
                      "reports itself and checks for a new version."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The analytics_enabled argument of gr.Blocks, gr.Interface and gr.ChatInterface, when "
                      "not None, beats the environment variable."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Blocks Gradio's analytics requests, but not its version check on api.gradio.app."),
    QT_TRANSLATE_NOOP("Catalog",
                      "on every Blocks construction and launch, with the event data in the user-agent"),
    QT_TRANSLATE_NOOP("Catalog", "version check on every Blocks construction while analytics are on"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "gradio_client.Client ignores GRADIO_ANALYTICS_ENABLED: it keeps reporting the Space or URL it calls "
        "unless huggingface_hub's telemetry is off too (HF_HUB_DISABLE_TELEMETRY=1)."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "gradio_client's docstring says analytics_enabled=None follows GRADIO_ANALYTICS_ENABLED; the "
        "parameter defaults to True, so the variable has no effect on gradio_client.Client."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Hugging Face's documentation says DO_NOT_TRACK covers gradio; Gradio's own analytics ignore it."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "gradio_client.Client reports through huggingface_hub and follows its switches "
        "(HF_HUB_DISABLE_TELEMETRY, DO_NOT_TRACK, HF_HUB_OFFLINE), not GRADIO_ANALYTICS_ENABLED."),
    QT_TRANSLATE_NOOP("Catalog",
                      "GRADIO_ANALYTICS_ENABLED=False switches off gr.Blocks; HF_HUB_DISABLE_TELEMETRY=1 is "
                      "needed for gradio_client as well."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Great Expectations sends analytics by default, when a data context starts and on other actions; a "
        "project's great_expectations.yml can decide otherwise inside that project."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Read when great_expectations is imported: a value pydantic rejects (an empty one too) "
                      "makes the import fail."),
    QT_TRANSLATE_NOOP("Catalog", "Read only by Great Expectations 0.x; ignored by 1.x."),
    QT_TRANSLATE_NOOP("Catalog", "Sends the analytics to another PostHog host."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A random id in ~/.great_expectations/great_expectations.conf, created at every data "
                      "context start even while analytics are off, and sent with every event."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The id of a project's data context, sent with every event from that project."),
    QT_TRANSLATE_NOOP("Catalog", "when a data context starts and on other actions"),
    QT_TRANSLATE_NOOP("Catalog",
                      "Nothing is sent, but the oss_id file is still written at every data context start. "
                      "Inside a project whose great_expectations.yml says analytics_enabled: true, analytics "
                      "stay on: that key beats the variable."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The 1.x documentation still tells users to set GE_USAGE_STATS=FALSE or "
                      "[anonymous_usage_statistics] enabled=FALSE; 1.x reads neither."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The 1.x documentation says GX_ANALYTICS_ENABLED also works for file contexts; it does "
                      "not say that analytics_enabled in great_expectations.yml wins over it."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Rewritten without its comments by every data context start; an oss_id that is not a "
                      "UUID makes Great Expectations fail."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "analytics_enabled in a project's gx/great_expectations.yml beats the variable inside that project."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Inside a project, analytics_enabled in gx/great_expectations.yml decides first."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A project's great_expectations.yml with analytics_enabled: true still switches "
                      "analytics on inside that project."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Haystack sends telemetry by default; it reads its variable once, at import."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "A random id in ~/.haystack/config.yaml sent with every event; it links all your pipelines."),
    QT_TRANSLATE_NOOP("Catalog", "at most once a minute per running pipeline, and for tutorials"),
    QT_TRANSLATE_NOOP("Catalog", "Nothing: with telemetry off Haystack does not create its client."),
    QT_TRANSLATE_NOOP("Catalog", "Written on the first import while telemetry is on."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The variable is read once, at import: programs already running keep sending."),
    QT_TRANSLATE_NOOP("Catalog",
                      "huggingface_hub sends telemetry by default when transformers, datasets, diffusers or "
                      "gradio_client ask it to; it reads its variables once, at import."),
    QT_TRANSLATE_NOOP("Catalog", "Offline mode also blocks every other Hub request (downloads, API calls)."),
    QT_TRANSLATE_NOOP("Catalog", "An undocumented legacy alias, still honoured."),
    QT_TRANSLATE_NOOP("Catalog", "Moves the Hub's cache, token and stamp files."),
    QT_TRANSLATE_NOOP("Catalog", "Sends telemetry and every Hub request to another server."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "1, on, yes or true stops the hf command's daily version check on pypi.org; it is not telemetry."),
    QT_TRANSLATE_NOOP("Catalog", "Added as origin/<value> to the user-agent of every Hub request."),
    QT_TRANSLATE_NOOP("Catalog",
                      "when a library that uses huggingface_hub reports an event; the data travels in the "
                      "user-agent header"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "at most once a day while telemetry is on, to recognise AI coding agents from environment variables"),
    QT_TRANSLATE_NOOP("Catalog",
                      "Every Hub request (downloads, API calls) still carries a user-agent naming the "
                      "library, huggingface_hub and Python versions; only the torch version and the detected "
                      "AI agent are left out."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The documentation says to set HF_HUB_DISABLE_TELEMETRY=1; yes, on and true (any case) work too."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The documentation says DO_NOT_TRACK disables telemetry in the Hugging Face ecosystem "
                      "including gradio; gradio's own analytics do not read DO_NOT_TRACK."),
    QT_TRANSLATE_NOOP("Catalog", "The list of AI agents it downloads while telemetry is on."),
    QT_TRANSLATE_NOOP("Catalog", "Stamp of the hf command's daily update check."),
    QT_TRANSLATE_NOOP("Catalog", "Your Hub access token: a secret, never shown."),
    QT_TRANSLATE_NOOP("Catalog",
                      "While telemetry is on, the user-agent of every Hub request also names the torch "
                      "version and a detected AI coding agent."),
    QT_TRANSLATE_NOOP("Catalog",
                      "kedro-telemetry, installed with Kedro, counts as consent when nothing says otherwise: "
                      "kedro commands send events by default."),
    QT_TRANSLATE_NOOP("Catalog", "Sends the events to another Heap project."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A random id in ~/.config/kedro/telemetry.toml sent as username with every event."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A random id kedro-telemetry writes into a project's pyproject.toml; sent hashed with "
                      "the package name."),
    QT_TRANSLATE_NOOP("Catalog", "on every kedro command, and project statistics"),
    QT_TRANSLATE_NOOP("Catalog", "Nothing from commands that see the variable."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The log line says to create .telemetry in the current working directory; kedro reads "
                      "it from the project root, which differs when you run from a subfolder."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The README says the variables may be set to any value; an empty value does not work."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Inside a project, .telemetry with consent: false (a YAML boolean) switches it off; a "
                      "quoted 'false' or a missing key counts as consent, and malformed YAML makes every "
                      "kedro command in that project fail."),
    QT_TRANSLATE_NOOP("Catalog", "Inside a Kedro project, its .telemetry decides when no variable is set."),
    QT_TRANSLATE_NOOP("Catalog", "CI is only reported (is_ci_env), not an opt-out."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Per project, .telemetry must hold consent: false as a YAML boolean: a quoted 'false' "
                      "or any other content counts as consent and switches it back on."),
    QT_TRANSLATE_NOOP("Catalog", "In CI (any of the listed variables present) MLflow does not collect."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Prefect's SDK sends onboarding events by default, only in interactive terminals; its "
                      "server also sends a heartbeat every 10 minutes."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Switches the server heartbeat and the web UI's events; the SDK also asks the server "
                      "before sending."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "With a server address the SDK asks that server whether analytics are on; any error counts as off."),
    QT_TRANSLATE_NOOP("Catalog", "Moves profiles.toml, the local database and .sdk_telemetry."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A random id in $PREFECT_HOME/.sdk_telemetry/device_id sent with every SDK event; it "
                      "is written even with DO_NOT_TRACK or in CI."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "A random id stored in the server's database (TELEMETRY_SESSION), sent with every heartbeat."),
    QT_TRANSLATE_NOOP(
        "Catalog", "SDK milestones (first import, flow, run, deployment, schedule) in interactive terminals"),
    QT_TRANSLATE_NOOP("Catalog", "every 10 minutes from a running Prefect server, also the ephemeral one"),
    QT_TRANSLATE_NOOP("Catalog",
                      "DO_NOT_TRACK stops the SDK's events but not the server heartbeat; "
                      "PREFECT_SERVER_ANALYTICS_ENABLED=false stops that one. device_id and milestones.json "
                      "are still written."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The first-run notice does not say that DO_NOT_TRACK still leaves device_id and "
                      "milestones.json on disk, or that DO_NOT_TRACK=on is ignored."),
    QT_TRANSLATE_NOOP("Catalog", "Which onboarding events were reached."),
    QT_TRANSLATE_NOOP("Catalog", "The local server's database; it holds the heartbeat's session id."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The server heartbeat follows PREFECT_SERVER_ANALYTICS_ENABLED (environment, .env, prefect.toml, "
        "pyproject.toml, then the active profile in profiles.toml), not DO_NOT_TRACK."),
    QT_TRANSLATE_NOOP("Catalog", "The SDK sends only when standard output or error is a terminal."),
    QT_TRANSLATE_NOOP("Catalog", "In CI (any of the listed variables non-empty) the SDK does not send."),
    QT_TRANSLATE_NOOP("Catalog", "DO_NOT_TRACK=1 switches off every tool that honours it, not only Prefect."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Semgrep's default, auto, sends metrics when the rules come from its registry "
                      "(--config auto, p/..., r/...) or when you are logged in."),
    QT_TRANSLATE_NOOP("Catalog", "--metrics auto|on|off beats the variable for one run."),
    QT_TRANSLATE_NOOP("Catalog", "Counts as logged in: auto then sends metrics even with local rules."),
    QT_TRANSLATE_NOOP("Catalog", "Moves settings.yml (anonymous_user_id and the API token)."),
    QT_TRANSLATE_NOOP("Catalog", "Sends the metrics to another address."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Random while logged out; after semgrep login it is derived from your API token, so it "
                      "links every machine of your account."),
    QT_TRANSLATE_NOOP("Catalog", "after each scan with registry rules, or any scan while logged in"),
    QT_TRANSLATE_NOOP("Catalog", "Nothing from scans that see SEMGREP_SEND_METRICS=off."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The help says the variable takes auto, on or off; the Python front end also accepts "
                      "0, 1, true and false, the OCaml scan front end does not."),
    QT_TRANSLATE_NOOP("Catalog", "Also holds your API token after semgrep login (a secret, never shown)."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Logged in (settings.yml holds a token, or SEMGREP_APP_TOKEN is set), auto sends "
                      "metrics for every scan, with an id derived from the token."),
    QT_TRANSLATE_NOOP("Catalog", "CI is reported (the raw value of CI), not an opt-out."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Streamlit gathers usage statistics by default: the browser of everyone who opens your "
                      "app sends them."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The flag of streamlit run beats the variables and every config.toml for one run."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Read only by streamlit run, streamlit hello and streamlit config show, not by apps "
                      "started from Python."),
    QT_TRANSLATE_NOOP("Catalog", "click's automatic name for the flag of streamlit run."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Also the working folder's .streamlit/config.toml for a streamlit run from the home folder."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A random id kept in ~/.streamlit/machine_id_v4, created only while statistics are on, "
                      "sent by the browser with every event."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Derived from /etc/machine-id (else the MAC address): the same on every run of this "
                      "machine; not stored."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The e-mail you typed at Streamlit's first-run prompt; it was sent once to Segment."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "in each viewer's browser, to learn where to send the events (the collector is configured remotely)"),
    QT_TRANSLATE_NOOP("Catalog", "once, with the e-mail typed at the first-run prompt"),
    QT_TRANSLATE_NOOP("Catalog",
                      "Nothing from apps that read the setting; an app's own or its working folder's "
                      ".streamlit/config.toml with true, or the flag or variable, still switches statistics "
                      "on for that app."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The command-line banner says to set browser.gatherUsageStats to false; it does not say that the "
        "environment variable works only under streamlit run and streamlit hello."),
    QT_TRANSLATE_NOOP(
        "Catalog", "Written after the first interactive streamlit run; streamlit activate reset deletes it."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "A script folder's or working folder's .streamlit/config.toml decides for apps run from there."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "A project's .streamlit/config.toml applies inside that project and beats the one in your home."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A project's .streamlit/config.toml with true, or the flag or variable, still switches "
                      "statistics on for that project."),
    QT_TRANSLATE_NOOP("Catalog",
                      "wandb reports its own crashes and errors to Sentry by default; the runs you sync "
                      "carry a record of the features used."),
    QT_TRANSLATE_NOOP("Catalog",
                      "offline or disabled keeps runs, and their telemetry record, on this computer."),
    QT_TRANSLATE_NOOP("Catalog", "Sends the error reports to another Sentry project."),
    QT_TRANSLATE_NOOP("Catalog", "Your W&B account e-mail, attached to error reports when wandb knows it."),
    QT_TRANSLATE_NOOP("Catalog",
                      "when the SDK or wandb-core hits an error, with entity, project, run and your e-mail"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Each synced run still carries its telemetry record (imports, features used, environment) to the W&B "
        "server you log to; only WANDB_MODE=offline or disabled keeps it local."),
    QT_TRANSLATE_NOOP("Catalog",
                      "wandb documents no telemetry opt-out; WANDB_ERROR_REPORTING=false stops its error "
                      "reports, and a value it cannot parse also counts as off."),
    QT_TRANSLATE_NOOP("Catalog", "Holds your W&B API key (a secret, never shown)."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The telemetry record of each run goes to the W&B server with the run; it has no switch of its own."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Only 1, on, yes or true (any case, without spaces) count; this value leaves telemetry on."),
    QT_TRANSLATE_NOOP("Catalog", "Only the exact value True enables; this value switches analytics off."),
    QT_TRANSLATE_NOOP("Catalog",
                      "%2=%3 switches %1 analytics off: only the exact value True enables them. If you meant "
                      "to switch them off, write %2=False to be clear."),
    QT_TRANSLATE_NOOP("Catalog", "Any value other than exactly True switches analytics off."),
    QT_TRANSLATE_NOOP("Catalog", "Not a value strtobool understands; the tool then counts it as disabled."),
    QT_TRANSLATE_NOOP("Catalog", "Any value other than true or 1 switches it off."),
    QT_TRANSLATE_NOOP("Catalog", "An empty value does not count."),
    QT_TRANSLATE_NOOP("Catalog", "Any non-empty value switches it off, even this one."),
    QT_TRANSLATE_NOOP("Catalog", "Set to anything, even empty or 0, it switches telemetry off."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Only true disables in programs that use BentoML as a library; the bentoml command "
                      "also accepts this value."),
    QT_TRANSLATE_NOOP("Catalog",
                      "%2=%3 switches %1 off only for the bentoml command; programs that use BentoML as a "
                      "library keep collecting. Write %2=true."),
    QT_TRANSLATE_NOOP("Catalog", "Only true (any case) switches it off."),
    QT_TRANSLATE_NOOP("Catalog", "Prefect honours only 1, true or yes here; this value is ignored."),
    QT_TRANSLATE_NOOP("Catalog", "auto sends metrics with registry rules or when logged in."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Semgrep's scan front end accepts exactly on, off or auto and exits on any other value "
                      "(read in code, not run)."),
    QT_TRANSLATE_NOOP("Catalog", "click treats an empty variable as unset."),
    QT_TRANSLATE_NOOP("Catalog",
                      "click accepts only 1, true, t, yes, y, on or 0, false, f, no, n, off here; this value "
                      "stops the command with a usage error."),
    QT_TRANSLATE_NOOP("Catalog",
                      "DVC accepts only true or false here (any case); no, 0 or off make every dvc command "
                      "fail with \"expected true or false\"."),
    QT_TRANSLATE_NOOP("Catalog",
                      "pydantic accepts only 1, on, t, true, y, yes or 0, off, f, false, n, no here; this "
                      "value makes the tool fail when it loads its settings."),
    QT_TRANSLATE_NOOP("Catalog", "A CI marker: when it is set, this tool does not collect."),
    QT_TRANSLATE_NOOP("Catalog", "Any value other than exactly True switches it off."),
    QT_TRANSLATE_NOOP("Catalog",
                      "ZenML sends analytics by default, from its commands and pipelines, once its global "
                      "configuration has a store."),
    QT_TRANSLATE_NOOP("Catalog",
                      "ZenML reads every field of its global configuration from ZENML_<FIELD> first; a value "
                      "pydantic rejects is silently ignored and the file decides."),
    QT_TRANSLATE_NOOP(
        "Catalog", "ZenML loads this file for every command: a value pydantic rejects makes them all fail."),
    QT_TRANSLATE_NOOP("Catalog", "Replaces the client id (user_id in config.yaml) that ZenML sends."),
    QT_TRANSLATE_NOOP(
        "Catalog", "Inside a ZenML server, the server's own analytics_enabled decides instead of this file."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "A random id in ZenML's config.yaml, sent as client_id with every event; ZENML_USER_ID replaces it."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The e-mail you gave ZenML at its prompt, kept in config.yaml; with user_email_opt_in "
                      "it is sent to ZenML."),
    QT_TRANSLATE_NOOP("Catalog", "on zenml commands, pipeline runs and stack changes, in batches"),
    QT_TRANSLATE_NOOP("Catalog",
                      "Nothing: with analytics off current releases do not load the client id, so not even "
                      "the opt-out event is sent (older releases sent it)."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The documentation presents ZENML_ANALYTICS_OPT_IN like any switch; a value pydantic rejects (for "
        "example disabled) is silently ignored, and the file or the default decides."),
    QT_TRANSLATE_NOOP(
        "Catalog", "ZenML rewrites the whole file whenever it saves a setting, keeping every key it knows."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A ZenML server (ZENML_SERVER set) follows its own analytics_enabled setting, not this "
                      "account's config.yaml."),
    QT_TRANSLATE_NOOP("Catalog", "Inside a ZenML server the server's own setting decides."),
    QT_TRANSLATE_NOOP("Catalog", "CI is not an opt-out; it is only reported as the environment."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Telemetry Lens writes analytics_opt_in: false (a YAML boolean) into config.yaml, as "
                      "zenml analytics opt-out does; a valid ZENML_ANALYTICS_OPT_IN=true still beats it, and "
                      "an invalid value is silently ignored."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Dagster logs every action to $DAGSTER_HOME/logs/event.log and uploads the log every "
                      "hour by default."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Stops only the upload: Dagster still writes logs/event.log and the instance id."),
    QT_TRANSLATE_NOOP("Catalog", "Dagster takes these CI markers for its own test runs and does not upload."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Read only when DAGSTER_HOME is set; Dagster uses the raw value, so a quoted \"false\" "
                      "counts as true."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The instance folder: dagster.yaml, .telemetry/id.yaml and logs/event.log live there. "
                      "Without it the yaml has no effect, and the state depends on how Dagster is started."),
    QT_TRANSLATE_NOOP("Catalog", "Uploads the event logs to another address."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Dagster compares CI with the boolean True, which an environment value never is: CI is "
                      "not detected, and it is not an opt-out."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A random id in .telemetry/id.yaml, created at the first logged action (even with "
                      "DAGSTER_DISABLE_TELEMETRY) and sent with every event."),
    QT_TRANSLATE_NOOP("Catalog",
                      "every hour, or at 10 MB of log, from a background upload thread; plain HTTP"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "With telemetry.enabled: false nothing is logged or sent. DAGSTER_DISABLE_TELEMETRY only stops the "
        "upload: every action is still logged to logs/event.log and the instance id is still created."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The telemetry banner says to add telemetry: enabled: false to $DAGSTER_HOME/dagster.yaml; it does "
        "not say that DAGSTER_DISABLE_TELEMETRY keeps writing logs/event.log."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Dagster's CI detection never sees CI (compared with the boolean True) and misses "
                      "CircleCI and CodeBuild (a missing comma joins their names)."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Created at the first logged action, even with DAGSTER_DISABLE_TELEMETRY; the first "
                      "time Dagster also prints its telemetry banner."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A readable log of every event Dagster uploads (10 MB, 10 backups); still written with "
                      "DAGSTER_DISABLE_TELEMETRY."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "logs/event.log and .telemetry/id.yaml follow telemetry.enabled only: DAGSTER_DISABLE_TELEMETRY, "
        "BUILDKITE and TF_BUILD stop the upload, not the local log."),
    QT_TRANSLATE_NOOP("Catalog",
                      "CI is only reported (is_known_ci_env), not an opt-out; only BUILDKITE and TF_BUILD "
                      "stop the upload."),
    QT_TRANSLATE_NOOP("Catalog",
                      "An ephemeral instance (no DAGSTER_HOME, outside dagster dev) does not collect; the "
                      "daemon and webserver of a real instance do."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Telemetry Lens writes telemetry: enabled: false (a YAML boolean) into $DAGSTER_HOME/dagster.yaml, "
        "keeping every other key; without DAGSTER_HOME that file is not read, so it sets "
        "DAGSTER_DISABLE_TELEMETRY=1 instead, which stops only the upload: logs/event.log is still written."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Ultralytics (YOLO) sends usage events to Google Analytics by default, from pip "
                      "installs and official checkouts, and crash reports from the yolo command."),
    QT_TRANSLATE_NOOP("Catalog", "Read at import; it also stops every download (weights, datasets)."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Ultralytics resets the whole file to its defaults (sync: true) when a key is added or "
                      "missing, a type is wrong, the settings_version differs from the installed release's, "
                      "or the JSON is malformed."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Ultralytics sends only when a DNS lookup of one.one.one.one or dns.google succeeds "
                      "(older releases connect to 1.1.1.1 and 8.8.8.8)."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Moves the settings folder: current releases use $YOLO_CONFIG_DIR/Ultralytics, older "
                      "ones $YOLO_CONFIG_DIR itself."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Only the main process (RANK -1 or 0) sends; other ranks of a distributed run do not."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The SHA-256 of this machine's MAC address (as a decimal number), kept in "
                      "settings.json and sent as the Google Analytics client_id and the Sentry user id: the "
                      "same on every install of this machine, and guessable from the 48-bit MAC. Ultralytics "
                      "calls it anonymized; it is pseudonymous and hardware-derived."),
    QT_TRANSLATE_NOOP("Catalog",
                      "on train, val, predict and export, at most once every 30 s (up to 25 events)"),
    QT_TRANSLATE_NOOP("Catalog",
                      "crash reports of the yolo command from pip installs, when sentry_sdk is installed"),
    QT_TRANSLATE_NOOP("Catalog",
                      "Nothing while sync is false; but a settings file Ultralytics resets (a new "
                      "settings_version after an upgrade, a wrong key or type) switches sync back to true."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Ultralytics calls its uuid anonymized; it is the SHA-256 of the machine's MAC "
                      "address, stable and guessable."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The settings documentation does not say that an upgrade with a new settings_version "
                      "resets sync to true."),
    QT_TRANSLATE_NOOP("Catalog", "Also holds api_key and openai_api_key, which are secrets and never shown."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Where older releases kept the settings when YOLO_CONFIG_DIR is set (no Ultralytics sub-folder)."),
    QT_TRANSLATE_NOOP("Catalog", "The settings file of older releases, with the same keys."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Sentry crash reports of the yolo command follow the same sync setting and "
                      "YOLO_OFFLINE, and also need sentry_sdk installed and a pip install."),
    QT_TRANSLATE_NOOP("Catalog", "Nothing is sent while pytest runs."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Nothing is sent in GitHub Actions (GITHUB_ACTIONS, GITHUB_WORKFLOW and RUNNER_OS all "
                      "set); other CI systems send."),
    QT_TRANSLATE_NOOP("Catalog", "Nothing is sent when the DNS check fails (offline machines)."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Telemetry Lens writes \"sync\": false into settings.json, keeping every other key and the "
        "settings_version. Ultralytics resets that file to sync: true when its keys, types or "
        "settings_version no longer match, for example after an upgrade: check again after upgrading. "
        "Without a settings file it sets YOLO_OFFLINE=true instead, which also stops downloads."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Deepchecks checks for a newer version at every import, sending its version and a "
                      "random id: an import event by default."),
    QT_TRANSLATE_NOOP("Catalog", "Read at import."),
    QT_TRANSLATE_NOOP("Catalog", "Read at import; it stops the same request."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A random id in deepchecks/.user_id inside each environment's site-packages, sent with "
                      "every import; one per environment, removed on uninstall."),
    QT_TRANSLATE_NOOP("Catalog",
                      "at every import of deepchecks (a version check that doubles as an import event)"),
    QT_TRANSLATE_NOOP("Catalog", "Nothing: with either variable set deepchecks does not make the request."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The variables are documented as switches; any non-empty value, even 0 or false, "
                      "switches the request off."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Inside the installed package: each environment has its own, and uninstalling removes it."),
    QT_TRANSLATE_NOOP("Catalog", "The variable is read at import: programs already running keep sending."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "pydantic rejects this value, and %1 silently ignores it: the file or the default decides."),
    QT_TRANSLATE_NOOP("Catalog",
                      "%2=%3 is not a value %1 accepts (1, on, t, true, y, yes or 0, off, f, false, n, no), "
                      "so %1 silently ignores it: it does not switch telemetry off. Write %2=false."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Set to anything, even empty or 0, it stops the upload; the events are still logged to disk."),
    QT_TRANSLATE_NOOP("Catalog", "Only true (any case) counts; this value leaves telemetry on."),
    QT_TRANSLATE_NOOP(
        "Catalog", "%2=%3 does not switch %1 offline: only the value true (any case) does. Write %2=true."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Read from a project's root when a kedro command runs inside that project and no variable is set."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A project's file data context: when it says true or false, it beats "
                      "GX_ANALYTICS_ENABLED inside that project."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The working folder's or the script's folder's config.toml: it beats the one in your "
                      "home for apps run from there."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Not the YAML boolean kedro expects: it ignores the file and counts it as consent."),
    QT_TRANSLATE_NOOP("Catalog",
                      "%1 ignores this .telemetry because %2 is not a YAML boolean, and sends as if you had "
                      "agreed. Write %2: false without quotes."),
    QT_TRANSLATE_NOOP("Catalog", "null leaves the decision to the environment variable."),
    QT_TRANSLATE_NOOP("Catalog", "Not a boolean: the project's data context fails to load."),
    QT_TRANSLATE_NOOP(
        "Catalog", "The Prisma CLI runs a \"checkpoint\" check with usage data on its commands by default."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Any non-empty value switches Prisma's checkpoint off, even 0 or false. Debian's "
                      "packer reads the same variable the other way round."),
    QT_TRANSLATE_NOOP("Catalog", "Adds this text to every checkpoint request."),
    QT_TRANSLATE_NOOP("Catalog", "Only changes how long the checkpoint request may take."),
    QT_TRANSLATE_NOOP("Catalog", "Only hides the update message; the checkpoint is still sent."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A random id kept in ~/.cache/checkpoint-nodejs/signature and sent with every "
                      "checkpoint request: it links all your Prisma commands over time."),
    QT_TRANSLATE_NOOP("Catalog", "on Prisma CLI commands, at most about once a day per command"),
    QT_TRANSLATE_NOOP("Catalog", "Nothing: with CHECKPOINT_DISABLE set the checkpoint request is not made."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The documentation names CHECKPOINT_DISABLE=1; any non-empty value switches the "
                      "checkpoint off, even 0."),
    QT_TRANSLATE_NOOP("Catalog", "When the first Prisma command ran."),
    QT_TRANSLATE_NOOP("Catalog",
                      "In CI the checkpoint is still sent, marked with the CI's name; CI is not an opt-out."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Prisma is usually a dependency of each project; a project's scripts or .env can set "
                      "CHECKPOINT_DISABLE for that project only."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Telemetry Lens writes CHECKPOINT_DISABLE=1, never 0: Debian's packer reads 0 as \"collect\"."),
    QT_TRANSLATE_NOOP("Catalog", "The Shopify CLI sends an analytics event for each command by default."),
    QT_TRANSLATE_NOOP("Catalog", "Forces the analytics event to be sent even when an opt-out is set."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Keeps sending the CLI's performance metrics even with SHOPIFY_CLI_NO_ANALYTICS set "
                      "(1, true, TRUE, yes or YES)."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Your Shopify account id, taken from the CLI's login session and sent with every "
                      "event: the events are tied to your account."),
    QT_TRANSLATE_NOOP("Catalog", "after each command (synchronously in CI and containers)"),
    QT_TRANSLATE_NOOP("Catalog",
                      "Nothing, unless SHOPIFY_CLI_ALWAYS_LOG_ANALYTICS or SHOPIFY_CLI_ALWAYS_LOG_METRICS is "
                      "set to 1, true, TRUE, yes or YES."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Only 1, true, TRUE, yes and YES count as true: True, Yes and on leave analytics on."),
    QT_TRANSLATE_NOOP("Catalog", "Caches and the login session (secrets): never shown."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Performance metrics follow the same opt-out, but SHOPIFY_CLI_ALWAYS_LOG_METRICS sends them anyway."),
    QT_TRANSLATE_NOOP("Catalog",
                      "In CI and containers events are sent before the command ends instead of in the "
                      "background; this is not an opt-out."),
    QT_TRANSLATE_NOOP("Catalog",
                      "SHOPIFY_CLI_ALWAYS_LOG_ANALYTICS or SHOPIFY_CLI_ALWAYS_LOG_METRICS set to a true "
                      "value still sends events after the opt-out."),
    QT_TRANSLATE_NOOP("Catalog", "The Expo CLI sends usage events by default."),
    QT_TRANSLATE_NOOP("Catalog", "Read only when EXPO_NO_TELEMETRY is false or unset."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Sends events from the CLI process itself instead of a detached one; not an opt-out."),
    QT_TRANSLATE_NOOP("Catalog", "Moves ~/.expo, where the anonymous id and the login session are kept."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A random id kept in ~/.expo/state.json and sent with every event; with a login the "
                      "events also carry your Expo account id."),
    QT_TRANSLATE_NOOP("Catalog", "after Expo CLI commands, from a detached process"),
    QT_TRANSLATE_NOOP("Catalog", "Nothing: with EXPO_NO_TELEMETRY=1 no telemetry client is created."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The documentation does not say that EXPO_NO_TELEMETRY=yes, on or an empty value make "
                      "every Expo command fail with \"Invalid value for environment variable\"."),
    QT_TRANSLATE_NOOP("Catalog", "Also holds the login session (auth), which is never shown."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The Expo CLI loads the project's .env files, which can set EXPO_NO_TELEMETRY for that "
                      "project only."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Expo accepts only 1, true, 0 or false here: yes, on or an empty value make every Expo "
                      "command fail."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Debian's build of packer sends HashiCorp's checkpoint only when CHECKPOINT_DISABLE is "
                      "exactly 0; otherwise it is off."),
    QT_TRANSLATE_NOOP("Catalog",
                      "true stops the checkpoint whatever CHECKPOINT_DISABLE says; a value that is not a "
                      "JSON boolean makes packer exit with \"Error loading configuration\"."),
    QT_TRANSLATE_NOOP("Catalog", "Logs what packer does, including \"(telemetry)\" lines."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A random id HashiCorp's checkpoint keeps under ~/.packer.d and sends with each check, "
                      "unless disable_checkpoint_signature is true."),
    QT_TRANSLATE_NOOP("Catalog", "at the end of a packer command, only while CHECKPOINT_DISABLE=0"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Nothing: with \"disable_checkpoint\": true packer logs \"Checkpoint disabled. Not running.\""),
    QT_TRANSLATE_NOOP("Catalog",
                      "HashiCorp's documentation says any value of CHECKPOINT_DISABLE switches the "
                      "checkpoint off. Debian's build is the other way round: it is off unless "
                      "CHECKPOINT_DISABLE is exactly 0, and 0 switches it on."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "\"disable_checkpoint\": true works whatever CHECKPOINT_DISABLE says. HashiCorp's own packer builds "
        "read CHECKPOINT_DISABLE the other way round (any value switches them off)."),
    QT_TRANSLATE_NOOP("Catalog",
                      "popularity-contest takes part only when PARTICIPATE is set to something other than "
                      "\"no\" (asked when it is installed)."),
    QT_TRANSLATE_NOOP("Catalog", "The package's defaults, read before /etc/popularity-contest.conf."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A permanent random id of this machine (MY_HOSTID), sent with every weekly report: it "
                      "links all reports of this computer, with the list of every installed package and when "
                      "it was last used. It also lets anyone who knows it send reports in this machine's "
                      "name, so Debian asks to keep it secret and Telemetry Lens does not show it."),
    QT_TRANSLATE_NOOP("Catalog", "once a week from cron.daily, encrypted with GnuPG when gnupg is installed"),
    QT_TRANSLATE_NOOP(
        "Catalog", "Nothing: with PARTICIPATE=\"no\" the daily cron job exits before it collects anything."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Only the exact value \"no\" or an empty PARTICIPATE stops popularity-contest: No, NO, "
                      "false and 0 take part."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The last report: the host id and every installed package with access times."),
    QT_TRANSLATE_NOOP("Catalog", "When the last report was submitted."),
    QT_TRANSLATE_NOOP("Catalog",
                      "It runs from cron.daily: without cron or anacron nothing is sent. Without MAILTO and "
                      "with USEHTTP other than \"yes\" it also sends nothing."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The server keeps a machine's report for at most 20 days or until the next one, so "
                      "stopping the reports lets it expire."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Every file ending in .conf in this folder, read in name order after "
        "/etc/popularity-contest.conf (run-parts --list --regex '\\.conf$'): the last that sets "
        "PARTICIPATE wins."),
    QT_TRANSLATE_NOOP("Catalog", "The Azure CLI sends telemetry for each command by default."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Moves ~/.azure: the config file, the installation id and the cached events."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "A version-1 UUID (installationId in azureProfile.json): it contains this computer's network card "
        "(MAC) address and the time it was created, and is sent with every command's telemetry."),
    QT_TRANSLATE_NOOP("Catalog", "after commands, from a detached uploader process (Application Insights)"),
    QT_TRANSLATE_NOOP("Catalog", "Nothing: with collect_telemetry = no no events are recorded or uploaded."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The documentation does not say that a value other than a boolean (for example maybe) "
                      "silently switches telemetry off."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "az config set core.collect_telemetry=no rewrites ~/.azure/config and drops its comments."),
    QT_TRANSLATE_NOOP("Catalog", "The uploader's note of its last upload."),
    QT_TRANSLATE_NOOP("Catalog", "The uploader's log."),
    QT_TRANSLATE_NOOP("Catalog",
                      "With az config param-persist (use_local_config), a folder's own .azure/config can set "
                      "collect_telemetry for commands run there."),
    QT_TRANSLATE_NOOP("Catalog", "AZURE_CORE_COLLECT_TELEMETRY in the environment beats the file."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The Shopify CLI counts only 1, true, TRUE, yes and YES as true; this value leaves analytics on."),
    QT_TRANSLATE_NOOP("Catalog", "Sends the analytics event even when an opt-out variable is set."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "%2=%3 makes %1 send its analytics events even with SHOPIFY_CLI_NO_ANALYTICS set. Remove it."),
    QT_TRANSLATE_NOOP("Catalog", "Only 1, true, TRUE, yes or YES have an effect."),
    QT_TRANSLATE_NOOP("Catalog", "The CLI's development mode sends no analytics."),
    QT_TRANSLATE_NOOP("Catalog", "Only the exact value development switches analytics off."),
    QT_TRANSLATE_NOOP("Catalog", "false leaves telemetry on."),
    QT_TRANSLATE_NOOP("Catalog", "0 leaves telemetry on."),
    QT_TRANSLATE_NOOP("Catalog",
                      "%1 accepts only 1, true, 0 or false here; with this value every %1 command stops with "
                      "\"Invalid value for environment variable\"."),
    QT_TRANSLATE_NOOP("Catalog",
                      "In Debian's build exactly 0 switches the checkpoint on (HashiCorp's own builds read "
                      "it the other way round)."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Debian's packer collects only with exactly 0; this value leaves it off (HashiCorp's "
                      "own builds would read it as off too)."),
    QT_TRANSLATE_NOOP("Catalog", "An empty value stops it too."),
    QT_TRANSLATE_NOOP("Catalog", "Only the exact value no stops popularity-contest; %3 takes part."),
    QT_TRANSLATE_NOOP("Catalog",
                      "%2=\"%3\" does not stop %1: only the exact value no does. Write %2=\"no\"."),
    QT_TRANSLATE_NOOP("Catalog", "Any value other than no or empty takes part."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Not a boolean %1 understands: the error is swallowed and telemetry is silently off."),
    QT_TRANSLATE_NOOP("Catalog",
                      "%2 = %3 is not a boolean %1 understands, so %1 silently stops collecting. Write no to "
                      "make the choice explicit."),
    QT_TRANSLATE_NOOP("Catalog", "Telemetry is forbidden in this cloud."),
    QT_TRANSLATE_NOOP("Catalog", "This cloud does not change telemetry."),
    QT_TRANSLATE_NOOP("Catalog",
                      "It prints the raw value without judging it: for a value that is not a boolean (for "
                      "example maybe) telemetry is silently off."),
    QT_TRANSLATE_NOOP("Catalog", "Next.js collects by default and prints a notice once."),
    QT_TRANSLATE_NOOP("Catalog", "A project's .env files can also set it for next dev and next build."),
    QT_TRANSLATE_NOOP("Catalog", "Prints events instead of sending them."),
    QT_TRANSLATE_NOOP("Catalog",
                      "64 random hex characters in config.json (telemetry.anonymousId) sent with every "
                      "event: it links all your Next.js builds."),
    QT_TRANSLATE_NOOP("Catalog", "after next dev, next build and other commands"),
    QT_TRANSLATE_NOOP("Catalog",
                      "Nothing from this home; inside Docker or CI Next.js does not read this file, so only "
                      "NEXT_TELEMETRY_DISABLED switches it off there."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The documentation says NEXT_TELEMETRY_DISABLED=1; any non-empty value, even 0 or "
                      "false, switches Next.js telemetry off."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A config.json that is not valid JSON counts as empty (telemetry on) and is "
                      "overwritten at the next run."),
    QT_TRANSLATE_NOOP("Catalog", "Also holds telemetry.salt, never sent, which salts the project hash."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Inside Docker or CI Next.js keeps its settings in the project's cache folder and does "
                      "not read this home's file: set NEXT_TELEMETRY_DISABLED=1 there."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A project's .env files can set NEXT_TELEMETRY_DISABLED for next dev and next build."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Inside Docker or CI Next.js does not read this file: set NEXT_TELEMETRY_DISABLED=1 there."),
    QT_TRANSLATE_NOOP(
        "Catalog", "Astro collects by default, in CI too, and prints a notice on the first interactive run."),
    QT_TRANSLATE_NOOP("Catalog", "An undocumented generic name that Astro also reads."),
    QT_TRANSLATE_NOOP("Catalog", "With astro:telemetry, astro:* or * events are logged instead of sent."),
    QT_TRANSLATE_NOOP("Catalog",
                      "64 random hex characters in config.json (telemetry.anonymousId) sent with every "
                      "event; in CI the CI's name is sent instead."),
    QT_TRANSLATE_NOOP("Catalog", "after astro commands"),
    QT_TRANSLATE_NOOP("Catalog",
                      "The documentation names only ASTRO_TELEMETRY_DISABLED=1; TELEMETRY_DISABLED works "
                      "too, and any non-empty value, even 0, switches Astro off."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A config.json that is not valid JSON is rewritten as {} at once, telemetry on; a "
                      "missing telemetry.enabled is written as true."),
    QT_TRANSLATE_NOOP("Catalog",
                      "CI is no opt-out: Astro still sends, with the CI's name instead of the id."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Nuxt sends nothing until you consent: an interactive nuxi dev asks once and saves the answer."),
    QT_TRANSLATE_NOOP("Catalog", "telemetry=true turns Nuxt on past consent and telemetry.enabled."),
    QT_TRANSLATE_NOOP("Catalog", "Only stops Nuxt's consent question; a saved consent still applies."),
    QT_TRANSLATE_NOOP("Catalog", "Prints each event and still sends it."),
    QT_TRANSLATE_NOOP("Catalog", "Sends the events to another address."),
    QT_TRANSLATE_NOOP("Catalog",
                      "16 random hex characters saved in your .nuxtrc on the first run with consent."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A hash of your project's git remote made without the seed: for a public repository "
                      "anyone can tell which project it is."),
    QT_TRANSLATE_NOOP("Catalog", "during nuxi dev and nuxi build, once you consented"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Nothing; a project's .nuxtrc or nuxt.config telemetry key still decides inside that project."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The README says the data is not traceable thanks to a hash and seed; the project hash "
                      "uses no seed."),
    QT_TRANSLATE_NOOP("Catalog", "The README names DO_NOT_TRACK=1; true works too, nothing else does."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Holds the consent and the seed; Nuxt rewrites it whole, without comments, mode 0600."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A project's .nuxtrc, its workspace's .nuxtrc or the telemetry key of nuxt.config beat "
                      "the files in your home."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Nuxt asks for consent only in an interactive terminal outside CI, tests and Docker; "
                      "elsewhere it stays off."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A telemetry=true or telemetry.enabled=true in ~/.config/.nuxtrc beats this file; the "
                      "opt-out then also sets NUXT_TELEMETRY_DISABLED=1, which Nuxt reads first."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "It says enabled whenever nothing disables Nuxt, although without consent nothing is sent; it "
        "ignores ~/.config/.nuxtrc and names ~/.nuxtrc even for a file under $XDG_CONFIG_HOME."),
    QT_TRANSLATE_NOOP(
        "Catalog", "turbo collects by default; its first run writes a new id and salt and prints a notice."),
    QT_TRANSLATE_NOOP("Catalog", "Hides only the first-run notice; telemetry stays on."),
    QT_TRANSLATE_NOOP("Catalog", "Prints each event; whether it is still sent is not known."),
    QT_TRANSLATE_NOOP("Catalog", "Moves the folder that holds turborepo/telemetry.json."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A random id (a hash of a random salt and a uuid) kept in telemetry.json and sent with "
                      "every event: it links all your turbo runs."),
    QT_TRANSLATE_NOOP("Catalog", "after turbo commands, in batches (exact path not confirmed)"),
    QT_TRANSLATE_NOOP("Catalog", "Nothing from turbo; telemetry.json keeps its id and salt."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "turbo's telemetry document names only TURBO_TELEMETRY_DISABLED=1 and DO_NOT_TRACK=1; true also "
        "works, other spellings (TRUE, yes) do not, and TURBO_CONFIG_DIR_PATH is not mentioned."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "A telemetry.json that is not valid JSON is deleted and rewritten with telemetry on and a new id; "
        "one without telemetry_id or telemetry_salt is rejected and nothing is sent."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Also holds telemetry_salt, never sent, which hashes task and package names."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "turbo is usually a dependency of a project; every copy reads the same telemetry.json in your home."),
    QT_TRANSLATE_NOOP("Catalog",
                      "turbo telemetry enable switches it on again; a telemetry.json that is not valid JSON "
                      "is replaced with telemetry on."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Yarn 4 records usage by default, only in a terminal outside CI; Yarn 1 has no telemetry."),
    QT_TRANSLATE_NOOP("Catalog", "Any variable whose lower-cased name is yarn_enable_telemetry counts too."),
    QT_TRANSLATE_NOOP("Catalog", "Changes the name of the project rc files; ~/.yarnrc.yml keeps its name."),
    QT_TRANSLATE_NOOP("Catalog", "An id you chose, recorded with your usage."),
    QT_TRANSLATE_NOOP("Catalog",
                      "An id you may set yourself (telemetryUserId); it names you in the recorded usage."),
    QT_TRANSLATE_NOOP("Catalog", "never in Yarn 4.18.1: its weekly upload code cannot run"),
    QT_TRANSLATE_NOOP("Catalog",
                      "Nothing; already recorded usage stays in telemetry.json until you delete it."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Yarn records usage in telemetry.json but its upload code is unreachable: nothing has been sent."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The documentation says reports are sent weekly; Yarn 4.18.1 collects them in "
                      "telemetry.json and its upload loop never runs."),
    QT_TRANSLATE_NOOP("Catalog",
                      "yarn config set --home sorts keys, drops comments and adds blank lines; Telemetry "
                      "Lens edits the one line."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Usage collected for the weekly report: command names, plugin names, hit counts, "
                      "hashed project paths. Never uploaded by Yarn 4.18.1."),
    QT_TRANSLATE_NOOP("Catalog", "Yarn records usage only when its output is a terminal."),
    QT_TRANSLATE_NOOP("Catalog", "In CI Yarn records nothing."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A .yarnrc.yml in a project or any folder above it beats the one in your home."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "A project's .yarnrc.yml with enableTelemetry: true still switches it on inside that project."),
    QT_TRANSLATE_NOOP("Catalog",
                      "It shows only the setting, not that Yarn records only in a terminal outside CI, nor "
                      "that nothing is ever uploaded."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The Ionic CLI sends metrics for every command run in a terminal outside CI, unless "
                      "its config says exactly false."),
    QT_TRANSLATE_NOOP("Catalog", "Moves the folder that holds config.json."),
    QT_TRANSLATE_NOOP(
        "Catalog", "A random uuid in config.json (tokens.telemetry) sent as the session id of every metric."),
    QT_TRANSLATE_NOOP("Catalog",
                      "When you are logged in, every metric carries your account's bearer token: it names "
                      "your Ionic account."),
    QT_TRANSLATE_NOOP("Catalog", "after each command, from a helper process"),
    QT_TRANSLATE_NOOP("Catalog", "Nothing: with telemetry false the helper process is not started."),
    QT_TRANSLATE_NOOP("Catalog",
                      "ionic config set telemetry looks like a boolean switch, but only the JSON boolean "
                      "false stops the metrics: \"false\", 0 or null still send."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "A config.json that is not valid JSON is silently replaced with the defaults, telemetry on."),
    QT_TRANSLATE_NOOP("Catalog", "Also holds the login token (tokens.user), which is never shown."),
    QT_TRANSLATE_NOOP("Catalog", "The log of the helper process that sends the metrics."),
    QT_TRANSLATE_NOOP("Catalog", "Metrics are sent only when the command runs in a terminal."),
    QT_TRANSLATE_NOOP("Catalog", "In CI the Ionic CLI sends nothing."),
    QT_TRANSLATE_NOOP("Catalog",
                      "It prints the raw value: \"false\", 0 or null look off, but the Ionic CLI still "
                      "sends; only the JSON boolean false stops it."),
    QT_TRANSLATE_NOOP("Catalog", "%1 honours only exactly 1 or true here; this value is ignored."),
    QT_TRANSLATE_NOOP("Catalog", "Only the JSON boolean false switches %1 off; this value leaves it on."),
    QT_TRANSLATE_NOOP("Catalog",
                      "%2 is %3, which %1 does not take as false: telemetry stays on. Write the JSON boolean "
                      "false, without quotes."),
    QT_TRANSLATE_NOOP("Catalog", "%1 cannot read this value, rejects the whole file and sends nothing."),
    QT_TRANSLATE_NOOP("Catalog",
                      "%2 is %3, which %1 cannot read: it rejects its telemetry file and sends nothing, but "
                      "a repaired file switches telemetry on again. Write false."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "An empty value: %1 stops with \"Non-nullable configuration settings cannot be set to null\"."),
    QT_TRANSLATE_NOOP(
        "Catalog", "%1 accepts exactly true, 1, false or 0 here; this value makes every yarn command fail."),
    QT_TRANSLATE_NOOP("Catalog", "A quoted string, not the boolean false: it does not switch %1 off."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "%2=%3 is a quoted string, which %1 does not take as false. Write %2=false without quotes."),
    QT_TRANSLATE_NOOP("Catalog", "Only false switches %1 off here; this value does not decide."),
    QT_TRANSLATE_NOOP("Catalog", "Turns %1 on, past its consent question and telemetry.enabled."),
    QT_TRANSLATE_NOOP("Catalog", "Only true or false decide here; this value is ignored."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Angular's analytics are opt-in: an interactive ng command asks once (default No) and "
                      "saves the answer; without a terminal or in CI it never asks and sends nothing."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The first global file that exists is the only one read; a project's angular.json "
                      "decides inside that project unless this one says false."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Makes ng treat its output as a terminal, so it may ask the analytics question."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The user id in cli.analytics: a random UUID sent to Google Analytics as both client "
                      "id and user id with every command, for as long as the file keeps it."),
    QT_TRANSLATE_NOOP("Catalog",
                      "after each ng command once you agreed (Google Analytics 4, measurement G-VETNJBW8L4)"),
    QT_TRANSLATE_NOOP("Catalog",
                      "Nothing: with cli.analytics set to false ng sends no analytics. A project's "
                      "angular.json cannot switch them back on."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The prompt calls the data pseudonymous; the user id is a persistent Google Analytics user id."),
    QT_TRANSLATE_NOOP("Catalog",
                      "ng analytics info's Global setting line does not match what ng does for true, \"\" "
                      "and {\"uid\": ...}."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Without an answer saved, ng asks only in an interactive terminal; CI=1 or true means no terminal."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Inside a workspace its angular.json's cli.analytics decides, unless the global file says false."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Telemetry Lens writes the global file ng reads first; without one it creates "
                      "~/.angular-config.json as ng analytics disable --global does."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Its \"Global setting\" line is wrong: true and \"\" show enabled while nothing is sent, and "
        "{\"uid\": ...} shows not set while analytics are on. Only \"Effective status\" is right."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Wrangler collects by default: its first run saves permission.enabled: true with the "
                      "date and a device id."),
    QT_TRANSLATE_NOOP("Catalog", "Checked first; a bad WRANGLER_SEND_METRICS is then not even read."),
    QT_TRANSLATE_NOOP("Catalog", "The legacy folder ~/.wrangler wins over the XDG one whenever it exists."),
    QT_TRANSLATE_NOOP("Catalog", "Separate error reports; off unless set to true."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "A random id in metrics.json (deviceId) sent with every event; it stays when you opt out."),
    QT_TRANSLATE_NOOP("Catalog", "Nothing; the debug logs in logs/ are still written locally."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The command-line hint says WRANGLER_SEND_METRICS=true/false; any other value, even 0 "
                      "or 1, stops every command."),
    QT_TRANSLATE_NOOP("Catalog", "Debug logs of every command."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A project's wrangler.toml or wrangler.json send_metrics decides for commands run "
                      "there, after the variables and before metrics.json."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Wrangler keeps enabled: false only next to a current date; Telemetry Lens writes "
                      "both, as wrangler telemetry disable does."),
    QT_TRANSLATE_NOOP("Catalog",
                      "It prints Enabled for \"enabled\": null, which Wrangler treats as off, and it first "
                      "resets an undated false to true."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Capacitor collects by default: with no answer saved, its first successful interactive "
                      "command saves telemetry: true and sends."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "A random id in sysconfig.json sent as session_id with every event; it stays when you opt out."),
    QT_TRANSLATE_NOOP("Catalog", "Sends only when standard input, output and error are all terminals."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Sends nothing when CI, BUILD_ID, BUILD_NUMBER, BITBUCKET_COMMIT, CODEBUILD_BUILD_ARN "
                      "or GITHUB_ACTIONS is non-empty."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "With nothing saved it says telemetry is off, while the next interactive command switches it on."),
    QT_TRANSLATE_NOOP(
        "Catalog", "Firebase's usage reports are opt-in: firebase login asks and saves the answer as usage."),
    QT_TRANSLATE_NOOP("Catalog", "The same file holds your login tokens; Telemetry Lens never shows them."),
    QT_TRANSLATE_NOOP("Catalog", "The MCP server mode also sends usage reports when usage is on."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A random Google Analytics client id (analytics-uuid) sent with every report; it stays "
                      "when you opt out."),
    QT_TRANSLATE_NOOP("Catalog", "after commands and emulator use, once usage is on"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Nothing from the CLI; the VS Code extension's session is said to ignore usage (not verified)."),
    QT_TRANSLATE_NOOP("Catalog", "Also holds your login tokens and e-mail address."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Firebase has no disable command; firebase logout also removes usage together with the login."),
    QT_TRANSLATE_NOOP("Catalog", "EAS collects by default."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A random Rudderstack anonymous id (analyticsDeviceId) sent with every event; eas "
                      "analytics off creates it too."),
    QT_TRANSLATE_NOOP("Catalog", "after eas commands"),
    QT_TRANSLATE_NOOP("Catalog", "The login session EAS shares with Expo."),
    QT_TRANSLATE_NOOP("Catalog", "With nothing saved it says analytics are disabled, while EAS sends them."),
    QT_TRANSLATE_NOOP("Catalog", "Netlify collects by default, outside CI."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The legacy file is read only as defaults under the current one, which Netlify "
                      "rewrites with the merged result at every start."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "A random id (cliId) sent as the anonymous id with every event; it stays when you opt out."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Your Netlify account id, sent as userId once you logged in; identify events also send "
                      "your name and e-mail address."),
    QT_TRANSLATE_NOOP("Catalog", "In CI (as ci-info detects it) Netlify sends nothing."),
    QT_TRANSLATE_NOOP("Catalog", "Vercel's CLI collects by default."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The first of these folders that exists is Vercel's; --global-config moves it for one run."),
    QT_TRANSLATE_NOOP("Catalog", "When set, Vercel also looks for com.vercel.cli and now folders there."),
    QT_TRANSLATE_NOOP("Catalog", "A random id in telemetry-device.json sent with every event."),
    QT_TRANSLATE_NOOP("Catalog", "Events carry your user, team and project ids once you are logged in."),
    QT_TRANSLATE_NOOP("Catalog", "Your login token."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "It reads only the config file: with VERCEL_TELEMETRY_DISABLED set it still prints Enabled."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Only 0 or false (any case) switch Angular's analytics off; 1 or true do not switch them on."),
    QT_TRANSLATE_NOOP("Catalog", "Wrangler honours only 1 or true (any case) here; this value is ignored."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Wrangler accepts only true or false here; any other value, even empty, 0 or 1, stops "
                      "every command with an error."),
    QT_TRANSLATE_NOOP("Catalog", "Any non-empty value switches it off, even 0 or false."),
    QT_TRANSLATE_NOOP("Catalog",
                      "%2=%3 switches %1 off, and the next eas command also writes \"analyticsEnabled\": "
                      "false into its settings file: removing %2 later does not switch analytics back on."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "With a proxy in the lower-case https_proxy EAS sends no analytics; HTTPS_PROXY does not count."),
};

int catalogStringCount()
{
    return int(sizeof(kCatalogStrings) / sizeof(kCatalogStrings[0]));
}

} // namespace tlens
