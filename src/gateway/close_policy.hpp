#pragma once
// What a shard does after the gateway closes the connection with a given code
// (docs/topics/opcodes-and-status-codes.mdx, "Gateway Close Event Codes").

#include <cstdint>

namespace hikari::gateway {

enum class AfterClose : std::uint8_t {
    resume,      ///< reconnect and RESUME the session
    reidentify,  ///< reconnect with a fresh IDENTIFY: the session is gone
    stop,        ///< fatal: reconnecting cannot help, the user must fix something
};

constexpr AfterClose after_close(std::uint16_t code) noexcept {
    switch (code) {
        case 4004:  // authentication failed
        case 4010:  // invalid shard
        case 4011:  // sharding required
        case 4012:  // invalid API version
        case 4013:  // invalid intents
        case 4014:  // disallowed intents
            return AfterClose::stop;
        case 4003:  // not authenticated
        case 4005:  // already authenticated
        case 4007:  // invalid seq
        case 4009:  // session timed out
        case 1000:  // a normal close from the server ends the session too
            return AfterClose::reidentify;
        default:  // 4000, 4001, 4002, 4008, 1001, 1006, network errors, unknown codes
            return AfterClose::resume;
    }
}

}  // namespace hikari::gateway
