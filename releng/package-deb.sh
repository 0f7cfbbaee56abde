#!/bin/sh
# Builds atlas_VERSION_amd64.deb from the Linux x86_64 product: Atlas with its own Java runtime
# (jlink, from the JDK that runs the build), so it installs and starts without a system Java.
# Run by the build (releng/atlas.product/pom.xml) after the products are made; skipped, with a
# line saying so, where jlink or dpkg-deb is missing (not a Debian-family build machine).
#   releng/package-deb.sh PRODUCT-FOLDER OUT-FOLDER VERSION
# Installs to /opt/atlas (the product and its runtime in /opt/atlas/jre), /usr/bin/atlas (the
# launch script on that runtime), a desktop entry and the icon.
set -eu
product=$1; out=$2; version=$3
jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
if ! [ -x "$jdk/bin/jlink" ] || ! command -v dpkg-deb >/dev/null 2>&1; then
  echo "package-deb: no jlink in $jdk or no dpkg-deb: the .deb is not built here" >&2
  exit 0
fi
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/icons/hicolor/256x256/apps" \
  "$root/DEBIAN"
cp -a "$product" "$root/opt/atlas"
# only what the build made: no state of a product started from the build folder (logs, caches, plugins)
find "$root/opt/atlas/configuration" -mindepth 1 -maxdepth 1 ! -name config.ini \
  ! -name org.eclipse.equinox.simpleconfigurator ! -name org.eclipse.update -exec rm -rf {} +
rm -f "$root/opt/atlas/dropins/"*.jar "$root/opt/atlas/.built"
# The Java modules the platform, SWT, EclipseLink, H2, PostgreSQL's driver, JFreeChart, OpenPDF
# and HAPI FHIR use (java.desktop for the charts' Java 2D, jdk.unsupported for Equinox and SWT,
# jdk.xml.dom for e4's CSS engine (org.w3c.dom.css), jdk.crypto.ec and jdk.localedata for TLS to a
# server and German dates, jdk.zipfs for backups). DebianPackageTest starts the package: a module
# missing here shows there as a NoClassDefFoundError in atlas.log.
"$jdk/bin/jlink" --add-modules java.base,java.compiler,java.datatransfer,java.desktop,java.instrument,java.logging,\
java.management,java.naming,java.net.http,java.prefs,java.scripting,java.security.jgss,java.security.sasl,java.sql,\
java.transaction.xa,java.xml,java.xml.crypto,jdk.charsets,jdk.crypto.ec,jdk.localedata,jdk.management,jdk.net,\
jdk.unsupported,jdk.xml.dom,jdk.zipfs,java.rmi,jdk.security.auth,jdk.naming.dns,jdk.accessibility --strip-debug --no-header-files --no-man-pages --compress=2 --output "$root/opt/atlas/jre" 2>/dev/null \
  || "$jdk/bin/jlink" --add-modules java.base,java.compiler,java.datatransfer,java.desktop,java.instrument,java.logging,\
java.management,java.naming,java.net.http,java.prefs,java.scripting,java.security.jgss,java.security.sasl,java.sql,\
java.transaction.xa,java.xml,java.xml.crypto,jdk.charsets,jdk.crypto.ec,jdk.localedata,jdk.management,jdk.net,\
jdk.unsupported,jdk.xml.dom,jdk.zipfs,java.rmi,jdk.security.auth,jdk.naming.dns,jdk.accessibility --strip-debug --no-header-files --no-man-pages --output "$root/opt/atlas/jre"
cat > "$root/usr/bin/atlas" <<'SCRIPT'
#!/bin/sh
# Atlas from its package: the launch script in /opt/atlas on the Java runtime it brings.
JAVA_HOME=/opt/atlas/jre exec /opt/atlas/atlas "$@"
SCRIPT
chmod 755 "$root/usr/bin/atlas"
cp "$product/atlas.png" "$root/usr/share/icons/hicolor/256x256/apps/atlas.png"
cat > "$root/usr/share/applications/atlas.desktop" <<'ENTRY'
[Desktop Entry]
Type=Application
Name=Atlas
GenericName=Physiotherapy records
GenericName[de]=Physiotherapie-Dokumentation
Comment=Records workstation for neck- and jaw-related headache and migraine
Exec=/usr/bin/atlas
Icon=atlas
Terminal=false
Categories=Office;MedicalSoftware;
StartupWMClass=SWT
ENTRY
size=$(du -sk "$root/opt" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: atlas
Version: $version
Architecture: amd64
Maintainer: Atlas developers <atlas@example.org>
Installed-Size: $size
Depends: libgtk-3-0 | libgtk-3-0t64, fontconfig
Section: misc
Priority: optional
Description: records workstation for physical therapy of headache and migraine
 Atlas keeps patient records, assessment forms, plans of care and outcome charts for
 physiotherapy clinics treating neck- and jaw-related headache and migraine. It brings its
 own Java runtime.
CONTROL
mkdir -p "$out"
fakeroot dpkg-deb -Zgzip --build "$root" "$out/atlas_${version}_amd64.deb" >/dev/null 2>&1 \
  || dpkg-deb --root-owner-group -Zgzip --build "$root" "$out/atlas_${version}_amd64.deb" >/dev/null
echo "package-deb: $out/atlas_${version}_amd64.deb" >&2
