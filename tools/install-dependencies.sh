#!/usr/bin/env bash
# Installs the Debian 12 packages that building communique, its tests and examples needs,
# skipping those already installed. Runs apt-get as root, or through sudo.
set -euo pipefail

packages=(
  cmake make g++ clang pkg-config
  libboost1.81-dev    # Boost.Describe and Boost.Mp11 (Debian's default libboost-dev, 1.74, lacks Describe)
  nlohmann-json3-dev  # nlohmann_json 3.11
  catch2              # Catch2 v2, for the tests
  libclang-rt-14-dev  # clang 14's sanitizer and libFuzzer runtimes, for tools/test.sh
  graphviz            # dot, for the example graph's tests and the docs' pictures
  librapidcheck-dev   # RapidCheck, for the property tests
  libcli11-dev        # CLI11, for the communique command's options
  python3-jsonschema  # an independent JSON Schema validator, for the schema's tests
  libbenchmark-dev libsimdjson-dev libboost-json1.81-dev  # the benchmark's contestants (bench/)
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

# Node.js and npm run Ajv, jsonld and the TypeScript compiler, for the tests of the JSON
# Schema and the JSON-LD; any installed Node.js of version 18 or later will do.
if ! command -v npm >/dev/null; then
  missing+=(nodejs npm)
fi

install_packages() {
  local as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    as_root=(sudo)
  fi
  echo "Installing: ${missing[*]}"
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

if [ ${#missing[@]} -ne 0 ]; then
  install_packages
fi
# The npm packages the interoperability tests run, at the versions tests/interop's lock file
# gives, in tests/interop/node_modules.
if [ ! -d tests/interop/node_modules ]; then
  (cd tests/interop && npm ci --no-audit --no-fund --loglevel=error)
fi

