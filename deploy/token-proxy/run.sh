#!/usr/bin/env bash
# Runs the bbviewer token-exchange proxy (nginx) in the foreground.
#
# Renders nginx.conf.template into a private prefix directory with the client credential in
# it, then replaces itself with nginx, so signals from systemd, a container runtime or a
# terminal reach nginx directly (TERM: fast stop, QUIT: graceful stop). docs/publishing.md
# has the deployment around it.
set -euo pipefail

usage() {
    cat <<'USAGE'
Usage: run.sh --upstream BASE_URL --client-id ID --client-secret-file FILE --listen HOST:PORT
              [--prefix DIR] [--log-dir DIR] [--resolver ADDRESS]
              [--tls-cert FILE --tls-key FILE] [--trusted-proxy CIDR]...

Runs nginx in the foreground as a token-exchange proxy for bbviewer: POST /v2/o/token/ and
POST /v2/o/revoke/ are forwarded to BASE_URL with the client's credentials added; every other
request is refused.

  --upstream BASE_URL         Blue Button server, e.g. https://api.bluebutton.cms.gov
                              (plain http only for a loopback address, for tests).
  --client-id ID              the app's client ID from the Blue Button developer site.
  --client-secret-file FILE   a file holding the client secret on its first line; it must
                              not be readable by other users (chmod 600).
  --listen HOST:PORT          where to accept requests, e.g. 127.0.0.1:8080 or [::]:8443.
  --prefix DIR                directory for the rendered configuration, logs, pid file and
                              temp files (created if missing, made private). Default: a new
                              directory from mktemp -d. It holds the credential: put it on a
                              runtime or tmpfs directory that goes away when the proxy stops.
  --log-dir DIR               where access.log and error.log go (default: PREFIX/logs), e.g.
                              a persistent directory; nginx reopens them on SIGUSR1.
  --resolver ADDRESS          DNS server nginx asks for the upstream's address (default: the
                              first nameserver in /etc/resolv.conf). Not used for an IP.
  --tls-cert FILE, --tls-key FILE
                              terminate TLS in nginx (TLS 1.2 and 1.3, with HSTS) instead of
                              in a load balancer in front.
  --trusted-proxy CIDR        a load balancer or reverse proxy in front, e.g. 10.0.0.0/8 (may
                              be repeated): the client address is then taken from the
                              X-Forwarded-For header it sets, for the rate limit and the log.
  -h, --help                  this text.

Environment: NGINX, the nginx binary (default /usr/sbin/nginx).
USAGE
}

die() {
    printf 'run.sh: %s\n' "$*" >&2
    exit 2
}

# Form-encodes a value for HTTP Basic client authentication (RFC 6749, section 2.3.1), which
# Blue Button decodes; unreserved characters stay as they are.
form_encode() {
    local LC_ALL=C
    local value=$1 out='' char i
    for ((i = 0; i < ${#value}; i++)); do
        char=${value:i:1}
        case $char in
            [A-Za-z0-9._~-]) out+=$char ;;
            *)
                printf -v char '%%%02X' "'$char"
                out+=$char
                ;;
        esac
    done
    printf '%s' "$out"
}

is_loopback_host() {
    case $1 in
        localhost | '[::1]') return 0 ;;
    esac
    [[ $1 =~ ^127\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$ ]]
}

is_ip_literal() {
    [[ $1 =~ ^[0-9]{1,3}(\.[0-9]{1,3}){3}$ || $1 =~ ^\[[0-9A-Fa-f:.]+\]$ ]]
}

upstream='' client_id='' secret_file='' listen='' prefix='' log_dir='' resolver=''
tls_cert='' tls_key='' trusted_proxies=()
while (($# > 0)); do
    case $1 in
        -h | --help)
            usage
            exit 0
            ;;
        --upstream | --client-id | --client-secret-file | --listen | --prefix | --log-dir | \
            --resolver | --tls-cert | --tls-key | --trusted-proxy)
            (($# >= 2)) || die "$1 needs a value (see --help)"
            case $1 in
                --upstream) upstream=$2 ;;
                --client-id) client_id=$2 ;;
                --client-secret-file) secret_file=$2 ;;
                --listen) listen=$2 ;;
                --prefix) prefix=$2 ;;
                --log-dir) log_dir=$2 ;;
                --resolver) resolver=$2 ;;
                --tls-cert) tls_cert=$2 ;;
                --tls-key) tls_key=$2 ;;
                --trusted-proxy) trusted_proxies+=("$2") ;;
            esac
            shift 2
            ;;
        *)
            usage >&2
            die "unknown argument: $1"
            ;;
    esac
done

[[ -n $upstream ]] || die "--upstream is required (see --help)"
[[ -n $client_id ]] || die "--client-id is required (see --help)"
[[ -n $secret_file ]] || die "--client-secret-file is required (see --help)"
[[ -n $listen ]] || die "--listen is required (see --help)"

# Every value below ends up inside the nginx configuration, so each is held to a strict
# shape: nothing that could close a string or a directive gets through.

# --upstream: scheme, host, optional port, optional path prefix; no credentials or query.
host_re='([A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])'
if [[ ! $upstream =~ ^(https?)://${host_re}(:([0-9]{1,5}))?((/[A-Za-z0-9._~-]+)*)/?$ ]]; then
    die "--upstream must look like https://host[:port][/path], without credentials or query: $upstream"
fi
upstream_scheme=${BASH_REMATCH[1]}
upstream_host=${BASH_REMATCH[2]}
upstream_port=${BASH_REMATCH[5]}
upstream_path=${BASH_REMATCH[6]}
if [[ -n $upstream_port ]] && ((10#$upstream_port < 1 || 10#$upstream_port > 65535)); then
    die "--upstream has an invalid port: $upstream_port"
fi
if [[ $upstream_scheme == http ]] && ! is_loopback_host "$upstream_host"; then
    die "--upstream must use https (plain http is only allowed to a loopback address)"
fi
upstream_authority=$upstream_host${upstream_port:+:$upstream_port}
# nginx's resolver does not read /etc/hosts, and loopback needs no DNS.
upstream_connect_host=$upstream_host
if [[ $upstream_host == localhost ]]; then
    upstream_connect_host=127.0.0.1
fi
upstream_base=$upstream_scheme://$upstream_connect_host${upstream_port:+:$upstream_port}$upstream_path

# --client-id: Blue Button's are 40 letters and digits; test servers use a few more.
if [[ ! $client_id =~ ^[A-Za-z0-9._~-]{1,200}$ ]]; then
    die "--client-id may only contain letters, digits and . _ ~ -"
fi

# --client-secret-file: readable by us, by nobody else.
[[ -f $secret_file && -r $secret_file ]] || die "cannot read the client secret file: $secret_file"
secret_mode=$(stat -L -c '%a' -- "$secret_file")
if ((8#$secret_mode & 8#007)); then
    die "the client secret file is accessible to other users (mode $secret_mode); run: chmod 600 '$secret_file'"
fi
client_secret=''
IFS= read -r client_secret <"$secret_file" || true
client_secret=${client_secret%$'\r'}
[[ -n $client_secret ]] || die "the client secret file is empty: $secret_file"

# --listen: IPv4, [IPv6] or a host name, and a port.
if [[ ! $listen =~ ^(${host_re}|\*):([0-9]{1,5})$ ]]; then
    die "--listen must look like HOST:PORT, e.g. 127.0.0.1:8080 or [::]:8443: $listen"
fi
listen_port=${BASH_REMATCH[4]}
if ((10#$listen_port < 1 || 10#$listen_port > 65535)); then
    die "--listen has an invalid port: $listen_port"
fi

# --tls-cert/--tls-key: both or neither.
if [[ -n $tls_cert || -n $tls_key ]]; then
    [[ -n $tls_cert && -n $tls_key ]] || die "--tls-cert and --tls-key go together"
    for file in "$tls_cert" "$tls_key"; do
        [[ -f $file && -r $file ]] || die "cannot read $file"
        [[ $file =~ ^[A-Za-z0-9._/~+-]+$ ]] || die "unsupported characters in the path $file"
    done
    tls_key_mode=$(stat -L -c '%a' -- "$tls_key")
    if ((8#$tls_key_mode & 8#007)); then
        die "the TLS key is accessible to other users (mode $tls_key_mode); run: chmod 600 '$tls_key'"
    fi
fi

# --trusted-proxy: addresses whose X-Forwarded-For is believed. Without one, every client
# behind a load balancer would share the load balancer's rate limit.
real_ip_directives='        # (no trusted proxy in front: the client address is the peer address)'
if ((${#trusted_proxies[@]} > 0)); then
    real_ip_directives=''
    for cidr in "${trusted_proxies[@]}"; do
        if [[ ! $cidr =~ ^([0-9]{1,3}(\.[0-9]{1,3}){3}|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*)(/[0-9]{1,3})?$ ]]; then
            die "--trusted-proxy must be an IP address or CIDR range: $cidr"
        fi
        real_ip_directives+="        set_real_ip_from $cidr;"$'\n'
    done
    real_ip_directives+="        real_ip_header X-Forwarded-For;"$'\n'
    real_ip_directives+="        real_ip_recursive on;"
fi

# --resolver: only needed when the upstream is a name.
resolver_directive='    # (no resolver: the upstream is an IP address)'
if ! is_ip_literal "$upstream_connect_host"; then
    if [[ -z $resolver && -r /etc/resolv.conf ]]; then
        resolver=$(awk '$1 == "nameserver" { print $2; exit }' /etc/resolv.conf)
    fi
    [[ -n $resolver ]] || die "no DNS server found in /etc/resolv.conf; pass --resolver ADDRESS"
    if [[ $resolver =~ ^[0-9A-Fa-f]*:[0-9A-Fa-f:.]*(%[A-Za-z0-9]+)?$ ]]; then
        resolver="[${resolver%%%*}]" # nginx wants IPv6 in brackets, without a zone
    fi
    [[ $resolver =~ ^(${host_re})(:[0-9]{1,5})?$ ]] || die "--resolver is not an address: $resolver"
    resolver_directive="    resolver $resolver valid=60s ipv6=off;
    resolver_timeout 5s;"
fi

# An https upstream must prove its name against the system's certificate authorities.
upstream_tls_directives='        # (plain http to a loopback upstream: no TLS to verify)'
if [[ $upstream_scheme == https ]]; then
    [[ -r /etc/ssl/certs/ca-certificates.crt ]] ||
        die "/etc/ssl/certs/ca-certificates.crt is missing (install ca-certificates)"
    upstream_tls_directives="        proxy_ssl_server_name on;
        proxy_ssl_name ${upstream_host//[\[\]]/};
        proxy_ssl_verify on;
        proxy_ssl_verify_depth 4;
        proxy_ssl_trusted_certificate /etc/ssl/certs/ca-certificates.crt;
        proxy_ssl_protocols TLSv1.2 TLSv1.3;"
fi

nginx_bin=${NGINX:-/usr/sbin/nginx}
[[ -x $nginx_bin ]] || die "nginx not found at $nginx_bin (install nginx, or set NGINX)"

script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
template=$script_dir/nginx.conf.template
[[ -r $template ]] || die "cannot read $template"

# The prefix: private to this user, since the rendered configuration holds the credential.
umask 077
if [[ -n $prefix ]]; then
    mkdir -p -- "$prefix"
    prefix=$(cd -- "$prefix" && pwd -P)
    [[ -O $prefix ]] || die "--prefix must be a directory owned by the user running the proxy: $prefix"
else
    prefix=$(mktemp -d "${TMPDIR:-/tmp}/bbviewer-token-proxy.XXXXXXXX")
fi
[[ $prefix =~ ^/[A-Za-z0-9._/+-]*$ ]] || die "unsupported characters in the prefix path: $prefix"
chmod 0700 -- "$prefix"
mkdir -p -- "$prefix/tmp"
if [[ -z $log_dir ]]; then
    log_dir=$prefix/logs
fi
mkdir -p -- "$log_dir"
log_dir=$(cd -- "$log_dir" && pwd -P)
[[ $log_dir =~ ^/[A-Za-z0-9._/+-]*$ ]] || die "unsupported characters in the log directory path: $log_dir"

user_directive='# (no user directive: started without root, nginx keeps this user)'
if ((EUID == 0)); then
    # The master keeps root only to bind and to read the configuration; workers run as
    # nobody and need to pass through the prefix to their temp directories.
    user_directive='user nobody nogroup;'
    chmod 0711 -- "$prefix" "$prefix/tmp"
fi

if [[ -n $tls_cert ]]; then
    listen_directive="listen $listen ssl;"
    tls_directives="        ssl_certificate $tls_cert;
        ssl_certificate_key $tls_key;
        ssl_protocols TLSv1.2 TLSv1.3;
        ssl_prefer_server_ciphers off;
        ssl_session_tickets off;"
    hsts_directive='        add_header Strict-Transport-Security "max-age=63072000" always;'
else
    listen_directive="listen $listen;"
    tls_directives='        # (plain HTTP: TLS ends in a load balancer or reverse proxy in front)'
    hsts_directive=''
fi

basic_credential=$(printf '%s:%s' "$(form_encode "$client_id")" "$(form_encode "$client_secret")" |
    base64 -w 0)
unset client_secret

# Plain string replacement: none of the values is a pattern, and "&" is not special.
shopt -u patsub_replacement 2>/dev/null || true
config=$(<"$template")
config=${config//@USER_DIRECTIVE@/$user_directive}
config=${config//@RESOLVER_DIRECTIVE@/$resolver_directive}
config=${config//@LISTEN_DIRECTIVE@/$listen_directive}
config=${config//@TLS_DIRECTIVES@/$tls_directives}
config=${config//@REAL_IP_DIRECTIVES@/$real_ip_directives}
config=${config//@HSTS_DIRECTIVE@/$hsts_directive}
config=${config//@UPSTREAM_BASE@/$upstream_base}
config=${config//@UPSTREAM_AUTHORITY@/$upstream_authority}
config=${config//@UPSTREAM_TLS_DIRECTIVES@/$upstream_tls_directives}
config=${config//@PREFIX@/$prefix}
config=${config//@LOG_DIR@/$log_dir}
config=${config//@BASIC_CREDENTIAL@/$basic_credential}
unset basic_credential
# Base64 has no "@", so anything left is a placeholder this script does not know.
if [[ $config =~ @[A-Z_]+@ ]]; then
    die "the template has an unknown placeholder: ${BASH_REMATCH[0]}"
fi

rm -f -- "$prefix/nginx.conf"
printf '%s\n' "$config" >"$prefix/nginx.conf"
chmod 0600 -- "$prefix/nginx.conf"
unset config

printf 'run.sh: bbviewer token proxy on %s, forwarding to %s; logs in %s\n' \
    "$listen" "$upstream_scheme://$upstream_authority$upstream_path" "$log_dir" >&2

# -e: the error log before the configuration is read, which would otherwise be the
# distribution's /var/log/nginx/error.log.
exec "$nginx_bin" -p "$prefix/" -e "$log_dir/error.log" -c "$prefix/nginx.conf" \
    -g 'daemon off;'
