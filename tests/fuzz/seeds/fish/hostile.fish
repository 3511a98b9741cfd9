set -gx FISH_TOKEN 'FUZZSECRET
if status is-login
  set -x RAY_USAGE_STATS_ENABLED 1
end
source ~/.config/fish/extra.fish
set -e A
set -gx PATH $HOME/bin $PATH
function f
  set -gx B 2
end
