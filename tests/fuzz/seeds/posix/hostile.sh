export API_TOKEN="FUZZSECRET
if [ -n "$X" ]; then
  export RAY_USAGE_STATS_ENABLED=1
fi
. ~/.bash_aliases
cat <<EOF
export A=1
EOF
set -a
B=${HOME}/x
export -n C
unset D
case $x in a) E=1;; esac
f() { export F=2; }
