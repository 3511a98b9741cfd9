# >>> telemetry opt-outs (managed) >>>
export MLFLOW_DISABLE_TELEMETRY=true
# <<< telemetry opt-outs (managed) <<<
export X="$(echo a)"
