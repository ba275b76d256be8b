#!/usr/bin/env bash
# Sends a renewal event to the desk's billing webhook, signed as billing signs it, with curl and
# openssl only:  Orthocab-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">
#
#   BILLING_WEBHOOK_SECRET=... scripts/send-renewal.sh URL [EVENT.json]   (the event on stdin without a file)
#   e.g. URL=http://localhost:8080/api/billing/renewals
#
# Prints the answer's body, then its HTTP status on stderr; exits 0 on a 2xx answer, 1 otherwise.
# The secret is one of the desk's BILLING_WEBHOOK_SECRETS; never write it into a file of the repo.
# (openssl takes it as an argument: other users of the machine can see it in the process list.)
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: BILLING_WEBHOOK_SECRET=... $0 URL [EVENT.json]" >&2
  exit 2
fi
if [ -z "${BILLING_WEBHOOK_SECRET:-}" ]; then
  echo "$0: set BILLING_WEBHOOK_SECRET to one of the desk's BILLING_WEBHOOK_SECRETS" >&2
  exit 2
fi
url="$1"

# The body is signed and sent from one file, byte for byte: a shell variable would drop its final newline.
body="$(mktemp)"
answer="$(mktemp)"
trap 'rm -f "$body" "$answer"' EXIT
cat "${2:-/dev/stdin}" > "$body"

t="$(date +%s)"
v1="$({ printf '%s.' "$t"; cat "$body"; } | openssl dgst -sha256 -hmac "$BILLING_WEBHOOK_SECRET" | awk '{print $NF}')"

status="$(curl -sS -o "$answer" -w '%{http_code}' -X POST \
  -H 'Content-Type: application/json' \
  -H "Orthocab-Signature: t=${t},v1=${v1}" \
  --data-binary "@${body}" "$url")"
cat "$answer"
echo
echo "HTTP ${status}" >&2
[ "${status:0:1}" = "2" ]
