// Gateway errors, with advice for each close code Discord documents
// (docs/topics/opcodes-and-status-codes.mdx, "Gateway Close Event Codes").

#include <hikari/core/errors.hpp>

#include <fmt/format.h>

#include <array>

namespace hikari {

namespace {

struct CloseCodeInfo {
    int code;
    std::string_view name;
    bool can_reconnect;
    std::string_view hint;
};

constexpr std::array close_codes{
    CloseCodeInfo{4000, "Unknown error", true,
                  "Discord does not know what went wrong; the shard reconnects."},
    CloseCodeInfo{4001, "Unknown opcode", true,
                  "hikari sent an invalid opcode or payload; please report this as a bug."},
    CloseCodeInfo{4002, "Decode error", true,
                  "Discord could not decode a payload hikari sent; please report this as a bug."},
    CloseCodeInfo{4003, "Not authenticated", true,
                  "A payload was sent before identifying, or the session was invalidated; the "
                  "shard reconnects with a new session."},
    CloseCodeInfo{4004, "Authentication failed", false,
                  "The token is invalid: check your token (it may have been reset in the "
                  "Developer Portal) and that it is a bot token."},
    CloseCodeInfo{4005, "Already authenticated", true,
                  "More than one identify was sent on one connection; please report this as a "
                  "bug."},
    CloseCodeInfo{4007, "Invalid seq", true,
                  "The sequence sent when resuming was invalid; the shard starts a new session."},
    CloseCodeInfo{4008, "Rate limited", true,
                  "Too many gateway payloads were sent; send presence updates and member "
                  "requests less often."},
    CloseCodeInfo{4009, "Session timed out", true,
                  "The session timed out; the shard starts a new one. Frequent timeouts mean "
                  "the event loop is blocked: avoid long blocking work in event handlers."},
    CloseCodeInfo{4010, "Invalid shard", false,
                  "The shard id/count sent when identifying is invalid: use 0 <= shard_id < "
                  "shard_count."},
    CloseCodeInfo{4011, "Sharding required", false,
                  "The bot is in too many guilds for one connection: start it with more shards "
                  "(or let hikari choose the count)."},
    CloseCodeInfo{4012, "Invalid API version", false,
                  "The gateway API version is invalid or no longer supported: update "
                  "hikari-cpp."},
    CloseCodeInfo{4013, "Invalid intent(s)", false,
                  "The intents value is invalid: check the bitwise combination of intents you "
                  "pass."},
    CloseCodeInfo{4014, "Disallowed intent(s)", false,
                  "A privileged intent was requested that is not enabled for this application: "
                  "enable the privileged intent(s) in the Developer Portal (Bot page), or stop "
                  "requesting them."},
};

const CloseCodeInfo* find_close_code(int code) noexcept {
    for (const auto& info : close_codes) {
        if (info.code == code) return &info;
    }
    return nullptr;
}

std::string describe_close(int code, const std::string& reason, bool can_reconnect) {
    const auto* info = find_close_code(code);
    std::string what = fmt::format("gateway closed the connection with code {}", code);
    if (info != nullptr) what += fmt::format(" ({})", info->name);
    if (!reason.empty()) what += fmt::format(": {}", reason);
    what += can_reconnect ? " [will reconnect]" : " [cannot reconnect]";
    if (info != nullptr) {
        what += "\n";
        what += info->hint;
    }
    return what;
}

}  // namespace

GatewayError::GatewayError(const std::string& reason) : GatewayError(reason, reason) {}

GatewayError::GatewayError(std::string reason, const std::string& what)
    : HikariError(what), reason_(std::move(reason)) {}

GatewayConnectionError::GatewayConnectionError(const std::string& reason)
    : GatewayError(reason, "failed to connect to the gateway: " + reason +
                               " (check the network, DNS, proxy and TLS settings)") {}

GatewayCertificateError::GatewayCertificateError(const std::string& reason)
    : GatewayConnectionError(reason) {}

GatewayTransportError::GatewayTransportError(const std::string& reason)
    : GatewayError(reason, "gateway connection failed: " + reason +
                               " (the shard reconnects on its own; if this keeps happening, check "
                               "the network and proxy)") {}

GatewayServerClosedConnectionError::GatewayServerClosedConnectionError(
    int code, const std::string& reason, std::optional<bool> can_reconnect)
    : GatewayError(
          reason,
          describe_close(code, reason, can_reconnect.value_or(close_code_allows_reconnect(code)))),
      code_(code),
      can_reconnect_(can_reconnect.value_or(close_code_allows_reconnect(code))) {}

std::string_view GatewayServerClosedConnectionError::close_code_name(int code) noexcept {
    const auto* info = find_close_code(code);
    return info != nullptr ? info->name : std::string_view{};
}

std::string_view GatewayServerClosedConnectionError::close_code_hint(int code) noexcept {
    const auto* info = find_close_code(code);
    return info != nullptr ? info->hint : std::string_view{};
}

bool GatewayServerClosedConnectionError::close_code_allows_reconnect(int code) noexcept {
    // Undocumented codes (1000-series websocket closes, future 4xxx codes) are retried: a
    // needless reconnect costs less than a bot that silently stays offline.
    const auto* info = find_close_code(code);
    return info == nullptr || info->can_reconnect;
}

}  // namespace hikari
