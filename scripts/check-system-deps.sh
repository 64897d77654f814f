#!/bin/sh
# Qt's xcb platform refuses to start without these Debian libraries.
# Installs them when we can (root with apt-get), otherwise says what to install.
[ "$(uname -s)" = "Linux" ] || exit 0
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=""
for pkg in libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libegl1 libfontconfig1; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing the libraries Qt needs for a window:$missing"
  apt-get install -y -qq $missing >/dev/null || { apt-get update -qq && apt-get install -y -qq $missing; }
else
  echo "Qt needs these Debian packages to open a window:$missing"
  echo "Install them with: sudo apt-get install$missing"
fi
