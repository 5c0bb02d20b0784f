#pragma once
// State shared by every route handler: the world, the gateway to announce changes on, and a
// short log of what was announced (served by GET /_sandbox/dispatches).

#include "sandbox/http/gateway_link.hpp"
#include "sandbox/state/world.hpp"

#include <boost/json/object.hpp>

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>

namespace hikari::sandbox {

// Intent bits of the dispatches REST mutations cause.
namespace intents {
inline constexpr std::uint32_t guilds = 1U << 0;
inline constexpr std::uint32_t guild_members = 1U << 1;
inline constexpr std::uint32_t guild_moderation = 1U << 2;
inline constexpr std::uint32_t guild_integrations = 1U << 4;
inline constexpr std::uint32_t guild_webhooks = 1U << 5;
inline constexpr std::uint32_t guild_messages = 1U << 9;
inline constexpr std::uint32_t guild_message_reactions = 1U << 10;
inline constexpr std::uint32_t guild_message_typing = 1U << 11;
inline constexpr std::uint32_t direct_messages = 1U << 12;
inline constexpr std::uint32_t direct_message_reactions = 1U << 13;
inline constexpr std::uint32_t direct_message_typing = 1U << 14;
inline constexpr std::uint32_t auto_moderation_configuration = 1U << 20;
}  // namespace intents

struct RecordedDispatch {
    std::string event;
    boost::json::object data;
    std::optional<Snowflake> guild_id;
    std::uint32_t intents = 0;
};

class ApiContext {
  public:
    ApiContext(World& world, GatewayLink& gateway) : world_(world), gateway_(&gateway) {}

    [[nodiscard]] World& world() { return world_; }
    [[nodiscard]] GatewayLink& gateway() { return *gateway_; }
    void set_gateway(GatewayLink& gateway) { gateway_ = &gateway; }

    /// Announces a change on the gateway and remembers it.
    void emit(std::string_view event, boost::json::object data, std::optional<Snowflake> guild_id,
              std::uint32_t required_intents) {
        recent_.push_back({std::string(event), data, guild_id, required_intents});
        if (recent_.size() > recent_limit) recent_.pop_front();
        gateway_->dispatch(event, std::move(data), guild_id, required_intents);
    }
    [[nodiscard]] const std::deque<RecordedDispatch>& recent() const { return recent_; }

    static constexpr std::size_t recent_limit = 200;

  private:
    World& world_;
    GatewayLink* gateway_;
    std::deque<RecordedDispatch> recent_;
};

}  // namespace hikari::sandbox
