#!/usr/bin/env bash
# Builds the installable DID Workbench on Linux or macOS: the jar (Maven), a Java runtime cut to
# the modules the app uses (jlink), the app image with its launcher (jpackage), and the platform's
# installer when its tools are on this machine (Linux: .deb; macOS: .dmg). Windows: build.ps1.
#
#   packaging/build.sh                 jar + app image + the platform's installer
#   packaging/build.sh --type TYPE     TYPE: app-image (no installer), deb, rpm, dmg or pkg
#   packaging/build.sh --no-build      reuse target/did-workbench.jar instead of running Maven
#   packaging/build.sh --installer-only  build the installer from the app image already in
#                                      target/package (after changing only packaging/linux, say)
#
# Output goes to target/package/ (never committed). Needs a full JDK 17 or later (jlink, jdeps,
# jpackage and the jmods folder) as JAVA_HOME or on the PATH. See packaging/README.md.
#
# Environment: DIDW_APP_VERSION overrides the version taken from pom.xml; DIDW_DEB_MAINTAINER
# sets the .deb Maintainer e-mail; DIDW_MAC_SIGN_IDENTITY signs the macOS app ("Developer ID
# Application: ..." certificate name in the keychain).
#
# Written for bash 3.2 too (macOS's /bin/bash): no associative arrays, no mapfile.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

type=default
build=yes
installer_only=no
while [ $# -gt 0 ]; do
  case "$1" in
    --type) [ $# -ge 2 ] || { echo "build.sh: --type needs a value" >&2; exit 2; }; type=$2; shift 2 ;;
    --type=*) type=${1#--type=}; shift ;;
    --no-build) build=no; shift ;;
    --installer-only) installer_only=yes; shift ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
done

say() { printf 'build.sh [%3ss]: %s\n' "$SECONDS" "$*"; }
fail() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=mac ;;
  *) fail "this script builds on Linux and macOS; on Windows run packaging\\build.ps1" ;;
esac

case "$os:$type" in
  *:default|*:app-image|linux:deb|linux:rpm|mac:dmg|mac:pkg) ;;
  *) fail "cannot build '$type' on $os (jpackage makes each platform's installers only on that platform)" ;;
esac

# --- the JDK -----------------------------------------------------------------------------------
if [ -n "${JAVA_HOME:-}" ]; then
  jdk=$JAVA_HOME
else
  javac_path=$(command -v javac) || fail "no JDK found: set JAVA_HOME or put a JDK's bin on the PATH"
  # Follow symbolic links by hand: macOS before 12.3 has no readlink -f.
  while [ -L "$javac_path" ]; do
    link=$(readlink "$javac_path")
    case "$link" in /*) javac_path=$link ;; *) javac_path=$(dirname "$javac_path")/$link ;; esac
  done
  jdk=$(cd "$(dirname "$javac_path")/.." && pwd)
fi
for tool in jlink jdeps jpackage; do
  [ -x "$jdk/bin/$tool" ] || fail "$jdk has no bin/$tool: a full JDK 17 or later is needed (not a JRE)"
done
[ -d "$jdk/jmods" ] || fail "$jdk has no jmods folder, which jlink needs (Ubuntu: apt-get install openjdk-17-jmods)"
export JAVA_HOME=$jdk
say "JDK: $jdk"

version=${DIDW_APP_VERSION:-$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)}
# Installers take numbers only: 0.1.0-SNAPSHOT is packaged as 0.1.0.
app_version=${version%%-*}
case "$app_version" in
  [0-9]*.[0-9]*) ;;
  *) fail "cannot read a version like 1.2.3 from pom.xml (got '$version'); set DIDW_APP_VERSION" ;;
esac
if [ "$os" = mac ] && [ "${app_version%%.*}" = 0 ]; then
  # macOS bundle versions must start at 1 or more; jpackage refuses 0.x.
  say "macOS needs a version of 1 or more; packaging $app_version as 1.0.0 (set DIDW_APP_VERSION to choose)"
  app_version=1.0.0
fi

out=target/package
if [ "$os" = linux ]; then
  # One launcher, did-workbench, for the window and the command line alike: a Linux program
  # started from a terminal prints there, one started from the menu does not need to.
  name=did-workbench
  image="$out/$name"
  launcher="$image/bin/$name"
else
  name="DID Workbench"
  image="$out/$name.app"
  launcher="$image/Contents/MacOS/did-workbench"
fi

# Builds the jar, the runtime and the app image into $out.
build_image() {
  # --- the jar ---------------------------------------------------------------------------------
  if [ "$build" = yes ]; then
    say "building the jar (./mvnw -B -q package -DskipTests)"
    ./mvnw -B -q package -DskipTests
  fi
  jar=target/did-workbench.jar
  [ -f "$jar" ] || fail "$jar is missing (run without --no-build)"

  rm -rf "$out"
  mkdir -p "$out/input"
  cp "$jar" "$out/input/"
  # The synthetic samples beside the jar, for the welcome screen's "Open the sample" (BundledSample
  # looks for sample-data next to the jar: lib/app/ on Linux, Contents/app/ on macOS). Under 1 MB.
  mkdir -p "$out/input/sample-data"
  cp sample-data/README.md sample-data/did-v1-sample-2026-09.csv sample-data/did-v1-sample-2026-09.xml \
    sample-data/dids-v2-sample-2026-10.csv "$out/input/sample-data/"
  cp -R sample-data/reference "$out/input/sample-data/"

  # --- the runtime -----------------------------------------------------------------------------
  # The app runs from the class path (one shaded jar, JavaFX inside it), so jlink gets JDK modules
  # only: those jdeps finds in the jar, plus the ones in jlink-modules.txt that no static scan can see.
  say "finding the JDK modules the jar uses (jdeps)"
  found=$("$jdk/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 "$jar" | tail -n 1)
  extra=$(grep -v '^#' packaging/jlink-modules.txt | grep -v '^[[:space:]]*$' | tr '\n' ',' | sed 's/,$//')
  modules="$found,$extra"
  say "linking a runtime with: $modules"
  "$jdk/bin/jlink" --add-modules "$modules" --include-locales=en,en-GB \
    --strip-debug --no-man-pages --no-header-files --compress=2 --generate-cds-archive \
    --output "$out/runtime"
  # The class-data archive lets the JVM map the JDK's classes instead of loading and checking them one
  # by one: 0.1-0.3 s off every start (docs/performance.md, "Start-up"). The second archive jlink makes
  # serves only heaps over 32 GB, which this app never asks for.
  find "$out/runtime" -name 'classes_nocoops.jsa' -delete

  # --- the app image ---------------------------------------------------------------------------
  image_options=(@packaging/common.args @packaging/launcher.args --type app-image --name "$name"
    --app-version "$app_version" --dest "$out" --input "$out/input" --runtime-image "$out/runtime")
  if [ "$os" = linux ]; then
    image_options+=(--icon icons/png/did-workbench-256.png)
  else
    image_options+=(--icon icons/did-workbench.icns
      --mac-package-identifier org.didworkbench.app --mac-package-name "DID Workbench"
      --mac-app-category public.app-category.productivity
      --add-launcher did-workbench=packaging/cli-launcher.properties)
    if [ -n "${DIDW_MAC_SIGN_IDENTITY:-}" ]; then
      image_options+=(--mac-sign --mac-signing-key-user-name "$DIDW_MAC_SIGN_IDENTITY")
    fi
  fi
  say "making the app image ($app_version)"
  "$jdk/bin/jpackage" "${image_options[@]}"

  # A launcher that cannot start its runtime fails here, not on a user's desk.
  "$launcher" version >/dev/null || fail "the launcher $launcher does not start"
  say "app image: $image"
}

if [ "$installer_only" = no ]; then
  build_image
fi
[ -d "$image" ] || fail "no app image at $image (run without --installer-only first)"

# --- the installer -----------------------------------------------------------------------------
if [ "$type" = app-image ]; then
  exit 0
fi
if [ "$type" = default ]; then
  if [ "$os" = mac ]; then
    type=dmg
  elif command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
    type=deb
  elif command -v rpmbuild >/dev/null; then
    type=rpm
  else
    say "no installer: neither dpkg-deb with fakeroot (deb) nor rpmbuild (rpm) is installed; the app image is complete"
    exit 0
  fi
fi

# JavaFX's native libraries are unpacked from the jar at run time, so jpackage's scan of the
# image does not see that they need GTK 3 and OpenGL: name them. (Ubuntu 24.04 renamed
# libgtk-3-0 to libgtk-3-0t64.)
case "$type" in
  deb) gtk_dependency="libgtk-3-0 | libgtk-3-0t64, libgl1" ;;
  *) gtk_dependency="gtk3, mesa-libGL" ;;
esac
package_options=(@packaging/common.args --type "$type" --dest "$out" --app-version "$app_version"
  --file-associations packaging/csv-association.properties)
if [ "$os" = linux ]; then
  package_options+=(--name "$name" --app-image "$image" --icon icons/png/did-workbench-256.png
    --resource-dir packaging/linux
    --linux-package-name did-workbench --linux-shortcut --linux-menu-group "Office;"
    --linux-app-category science
    --linux-package-deps "$gtk_dependency"
    --linux-deb-maintainer "${DIDW_DEB_MAINTAINER:-did-workbench@example.invalid}")
else
  package_options+=(--name "$name" --app-image "$image" --icon icons/did-workbench.icns
    --mac-package-identifier org.didworkbench.app --mac-package-name "DID Workbench")
  if [ -n "${DIDW_MAC_SIGN_IDENTITY:-}" ]; then
    package_options+=(--mac-sign --mac-signing-key-user-name "$DIDW_MAC_SIGN_IDENTITY")
  fi
fi
rm -f "$out"/*."$type"
say "making the $type installer"
"$jdk/bin/jpackage" "${package_options[@]}"
say "installer: $(ls "$out"/*."$type")"
