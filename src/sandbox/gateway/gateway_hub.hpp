#pragma once
// The sandbox's emulation of Discord's gateway (v10, encoding=json): accepts upgraded
// websocket connections, runs sessions (HELLO, IDENTIFY, RESUME, heartbeats, dispatches)
// and lets the sandbox inject events and faults. Everything runs on one io_context thread.

#include <hikari/core/snowflake.hpp>
#include <hikari/sandbox/gateway_options.hpp>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace hikari::sandbox {

class World;

/// The gateway side of the sandbox. Owned by Sandbox; not thread-safe (one io_context thread).
class GatewayHub {
  public:
    GatewayHub(boost::asio::any_io_executor executor, World& world, const GatewayOptions& options);
    ~GatewayHub();
    GatewayHub(const GatewayHub&) = delete;
    GatewayHub& operator=(const GatewayHub&) = delete;

    /// Takes over a socket whose HTTP upgrade request (GET /?v=10&encoding=json...) has been
    /// read by the HTTP listener; performs the websocket handshake and runs the connection.
    void accept(boost::asio::ip::tcp::socket socket,
                boost::beast::http::request<boost::beast::http::string_body> upgrade_request);

    /// Sends a dispatch to every session that should see it: the shard owning guild_id (all
    /// shards when there is none) whose intents contain required_intents. MESSAGE_CREATE and
    /// MESSAGE_UPDATE are stripped for sessions without MESSAGE_CONTENT as Discord does.
    void dispatch(std::string_view event_name, boost::json::object data,
                  std::optional<Snowflake> guild_id, std::uint32_t required_intents);

    /// The "session_start_limit" object of GET /gateway/bot.
    [[nodiscard]] boost::json::object session_start_limit() const;
    [[nodiscard]] unsigned recommended_shards() const;

    /// Fault injection and statistics: "close", "reconnect", "invalid_session", "stop_acks",
    /// "request_heartbeat", "flood", "stats". Throws hikari::ValueError on unknown actions
    /// or bad arguments.
    boost::json::value control(std::string_view action, const boost::json::object& args);

    /// Drops every connection and refuses new ones. Destroy the hub on the io_context's
    /// thread or after the io_context stopped.
    void stop();

    class Impl;

  private:
    // Shared with the connection coroutines, which may finish after the hub is gone.
    std::shared_ptr<Impl> impl_;
};

}  // namespace hikari::sandbox
