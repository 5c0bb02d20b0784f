#pragma once
// What the HTTP side needs from the gateway. The Sandbox connects it to the GatewayHub; a
// null link stands in when the HTTP API runs alone.

#include <hikari/core/snowflake.hpp>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

namespace hikari::sandbox {

class GatewayLink {
  public:
    virtual ~GatewayLink() = default;
    virtual void dispatch(std::string_view event_name, boost::json::object data,
                          std::optional<Snowflake> guild_id, std::uint32_t required_intents) = 0;
    [[nodiscard]] virtual boost::json::object session_start_limit() const = 0;
    [[nodiscard]] virtual unsigned recommended_shards() const = 0;
    /// Gateway control actions; throws hikari::ValueError on unknown ones.
    virtual boost::json::value control(std::string_view action,
                                       const boost::json::object& args) = 0;
};

/// No gateway: dispatches go nowhere, control actions are unknown.
class NullGatewayLink final : public GatewayLink {
  public:
    void dispatch(std::string_view, boost::json::object, std::optional<Snowflake>,
                  std::uint32_t) override {}
    [[nodiscard]] boost::json::object session_start_limit() const override;
    [[nodiscard]] unsigned recommended_shards() const override { return 1; }
    boost::json::value control(std::string_view action, const boost::json::object&) override;
};

}  // namespace hikari::sandbox
