
# busgen's additions to the script above (printed by 'busgen completion' after picocli's):
# - the routing keys of the catalogue that --catalog names, asked of that catalogue itself with 'busgen list'
#   (without --catalog, the bundled catalogue's keys above answer at once);
# - file and folder names after the options that take a path, and for a command's FILE and DIR arguments.

# The routing keys of catalogue $2, asked of busgen $1 (the command as typed: busgen, ./busgen, bin/busgen, ...).
function _busgen_catalog_routing_keys() {
  local catalog=$2
  case $catalog in
    "~" | "~/"*) catalog=$HOME${catalog#"~"} ;;
  esac
  "$1" list --catalog "$catalog" 2>/dev/null | awk 'NR > 1 && !seen[$1]++ { print $1 }'
}

function _complete_busgen_more() {
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}
  # --option=value: bash splits the line at the '=', which is a word of its own.
  if [[ $curr_word == "=" ]]; then
    curr_word=""
  elif [[ $prev_word == "=" && $COMP_CWORD -ge 2 ]]; then
    prev_word=${COMP_WORDS[COMP_CWORD-2]}
  fi
  case $prev_word in
    --routing-key)
      local i catalog=""
      for ((i = 1; i < COMP_CWORD; i++)); do
        if [[ ${COMP_WORDS[i]} == --catalog ]]; then
          catalog=${COMP_WORDS[i+1]}
          if [[ $catalog == "=" ]]; then catalog=${COMP_WORDS[i+2]}; fi
        fi
      done
      if [[ -n $catalog ]]; then
        local IFS=$'\n'
        COMPREPLY=( $(compgen -W "$(_busgen_catalog_routing_keys "${COMP_WORDS[0]}" "$catalog")" -- "$curr_word") )
        return 0
      fi
      ;;
    --catalog | --out | --accept | --repo | --cache-dir | --base | --head)
      COMPREPLY=()
      type compopt &>/dev/null && compopt -o default
      return 0
      ;;
  esac
  _complete_busgen "$@"
  # Nothing matched where no option is waiting for its value: a command's FILE or DIR, so file names.
  if [[ ${#COMPREPLY[@]} -eq 0 && $curr_word != -* ]]; then
    type compopt &>/dev/null && compopt -o default
  fi
  return 0
}

complete -F _complete_busgen_more -o default busgen busgen.sh busgen.bash
