#pragma once
// GET /gateway/bot: where to connect and how many identifies are left.

#include <chrono>
#include <cstdint>
#include <string>

namespace hikari {

struct SessionStartLimit {
    std::int32_t total = 0;
    std::int32_t remaining = 0;
    std::chrono::milliseconds reset_after{0};
    std::int32_t max_concurrency = 1;
    bool operator==(const SessionStartLimit&) const = default;
};

struct GatewayBotInfo {
    std::string url;
    std::int32_t shards = 1;
    SessionStartLimit session_start_limit;
    bool operator==(const GatewayBotInfo&) const = default;
};

}  // namespace hikari
