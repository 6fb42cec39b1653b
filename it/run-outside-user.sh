#!/usr/bin/env bash
# Installs the SDK's artifacts into the local Maven repository, then builds it/outside-user, a
# project outside the reactor that runs the testkit's conformance suite against every shipped
# simulator with only the installed jars. Fails if any test fails or none runs.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q install -DskipTests -Dskip.publishing=true -pl sdk-bom,sdk-channels/naver/adapter,sdk-channels/naver/simulator,sdk-channels/delivery-app/adapter,sdk-channels/delivery-app/simulator,sdk-channels/ott-shopping/adapter,sdk-channels/ott-shopping/simulator,sdk-channels/coupang/adapter,sdk-channels/coupang/simulator -am
./mvnw -B -ntp -f it/outside-user/pom.xml test
