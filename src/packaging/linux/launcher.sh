#!/bin/sh
# Counterpoint's launcher on Linux, in place of the one jpackage writes. That one asks the package manager who owns
# it (rpm -qf, then dpkg -S, which reads the list of every installed package) before it starts Java: 0.2 s of every
# start on the build machine, more on a desktop with thousands of packages. This one starts the image's own Java
# at once with what the image's lib/app/Counterpoint.cfg says (options, class path, main class), so the pom's
# jpackage arguments stay the one place where they are written.
here=$(dirname "$(readlink -f "$0")")
app="$here/../lib/app"
cfg="$app/Counterpoint.cfg"
[ -r "$cfg" ] || { echo "Counterpoint: $cfg is missing; reinstall Counterpoint" >&2; exit 1; }

# $APPDIR in the cfg stands for lib/app; the path may hold spaces and any other character
expand() {
    rest=$1 out=
    while :; do
        case $rest in
            *'$APPDIR'*) out=$out${rest%%'$APPDIR'*}$app; rest=${rest#*'$APPDIR'} ;;
            *) printf '%s' "$out$rest"; return ;;
        esac
    done
}

# the arguments given to the launcher go last: count them, add the JVM's own after them, then rotate them to the end
given=$#
classpath= mainclass=
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        java-options=*) set -- "$@" "$(expand "${line#java-options=}")" ;;
        app.classpath=*) classpath=$(expand "${line#app.classpath=}") ;;
        app.mainclass=*) mainclass=${line#app.mainclass=} ;;
    esac
done <"$cfg"
set -- "$@" -cp "$classpath" "$mainclass"
while [ "$given" -gt 0 ]; do
    set -- "$@" "$1"
    shift
    given=$((given - 1))
done
exec "$here/../lib/runtime/bin/java" "$@"
