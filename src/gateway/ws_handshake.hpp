#pragma once
// The opening handshake's key material (RFC 6455 section 4): the client's random
// Sec-WebSocket-Key and the Sec-WebSocket-Accept value the server must answer with.

#include <string>
#include <string_view>

namespace hikari::gateway::ws {

/// 16 random bytes, base64-encoded.
std::string make_handshake_key();

/// base64(SHA-1(key + the RFC's GUID)).
std::string expected_accept(std::string_view key);

}  // namespace hikari::gateway::ws
