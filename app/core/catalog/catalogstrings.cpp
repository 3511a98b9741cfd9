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
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Wrangler accepts only true or false here; any other value, even empty, 0 or 1, stops every command "
        "with an error."),
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
