#include "core/system_trust.hpp"

#include <hikari/core/errors_base.hpp>

#include <openssl/err.h>
#include <openssl/x509_vfy.h>

#include <string>

namespace hikari::detail {

namespace {

std::string openssl_error() {
    const unsigned long code = ERR_get_error();
    if (code == 0) return "unknown error";
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return text;
}

X509_STORE* load_system_store() {
    X509_STORE* store = X509_STORE_new();
    if (store == nullptr) throw ValueError("cannot allocate a certificate store");
    if (X509_STORE_set_default_paths(store) != 1) {
        X509_STORE_free(store);
        throw ValueError("cannot load the system's CA certificates: " + openssl_error());
    }
    return store;
}

}  // namespace

void trust_system_certificates(SSL_CTX* ctx) {
    // Built on first use (thread-safe; a failure is retried next time) and kept for the
    // process's lifetime. An X509_STORE is reference counted and locks itself, so
    // contexts on any thread may share it.
    static X509_STORE* const store = load_system_store();
    SSL_CTX_set1_cert_store(ctx, store);
}

}  // namespace hikari::detail
