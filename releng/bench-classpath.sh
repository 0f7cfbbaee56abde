# Shared by the benchmarks that run the shipped bundles on a plain class path (bench-store.sh,
# bench-signin.sh, bench-charts.sh); sourced, not run. Sets $root, $plugins (the product's bundles)
# and $bench (the benchmark jar), stops with a hint when the build is missing, and prints the
# machine line every figure is quoted with.
root=$(cd "$(dirname "$0")/.." && pwd)
plugins="$root/releng/atlas.product/target/products/atlas.product/linux/gtk/x86_64/atlas/plugins"
bench=$(ls "$root"/bundles/atlas.benchmarks/target/atlas.benchmarks-*.jar 2>/dev/null | head -n 1)
if [ ! -d "$plugins" ] || [ -z "$bench" ]; then
  echo "$(basename "$0" .sh): build first: ./mvnw -B verify -DskipTests" >&2
  exit 1
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, $(java -version 2>&1 | head -n 1)"
