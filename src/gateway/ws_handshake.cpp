#include "gateway/ws_handshake.hpp"

#include <hikari/core/errors.hpp>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <array>

namespace hikari::gateway::ws {
namespace {

std::string base64(const unsigned char* data, std::size_t size) {
    std::string out(4 * ((size + 2) / 3) + 1, '\0');
    const int written =
        EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), data, static_cast<int>(size));
    out.resize(static_cast<std::size_t>(written));
    return out;
}

}  // namespace

std::string make_handshake_key() {
    std::array<unsigned char, 16> nonce{};
    if (RAND_bytes(nonce.data(), static_cast<int>(nonce.size())) != 1) {
        throw GatewayConnectionError("websocket handshake: no random bytes for the key");
    }
    return base64(nonce.data(), nonce.size());
}

std::string expected_accept(std::string_view key) {
    std::string input(key);
    input += "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int size = 0;
    if (EVP_Digest(input.data(), input.size(), digest.data(), &size, EVP_sha1(), nullptr) != 1) {
        throw GatewayConnectionError("websocket handshake: SHA-1 failed");
    }
    return base64(digest.data(), size);
}

}  // namespace hikari::gateway::ws
