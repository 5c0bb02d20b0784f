#pragma once
// The system's trusted CA certificates, loaded once per process and shared by every TLS
// context. Loading them parses the whole CA bundle (about 150 PEM certificates, tens of
// milliseconds of CPU), which each REST client and each gateway connection used to pay.

#include <openssl/ssl.h>

namespace hikari::detail {

/// Makes `ctx` verify peers against the system's CA certificates (the shared store replaces
/// its own, so add nothing to `ctx`'s store afterwards). Throws ValueError when they cannot
/// be loaded.
void trust_system_certificates(SSL_CTX* ctx);

}  // namespace hikari::detail
