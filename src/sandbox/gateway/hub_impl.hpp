#pragma once
// GatewayHub's state and protocol handlers, shared by gateway_hub.cpp (connections,
// dispatch, control) and the per-opcode handler files.

#include "sandbox/gateway/connection.hpp"
#include "sandbox/gateway/gateway_hub.hpp"
#include "sandbox/gateway/identify_queue.hpp"
#include "sandbox/gateway/session.hpp"

#include <hikari/core/errors_base.hpp>

#include <boost/asio/awaitable.hpp>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hikari::sandbox {

class World;

class GatewayHub::Impl : public std::enable_shared_from_this<GatewayHub::Impl> {
  public:
    Impl(boost::asio::any_io_executor executor, World& world, const GatewayOptions& options);

    boost::asio::awaitable<void> run(
        std::shared_ptr<Connection> connection,
        boost::beast::http::request<boost::beast::http::string_body> request);
    boost::asio::awaitable<void> watchdog(std::shared_ptr<Connection> connection);

    void dispatch(std::string_view event_name, const boost::json::object& data,
                  std::optional<Snowflake> guild_id, std::uint32_t required_intents);
    boost::json::value control(std::string_view action, const boost::json::object& args);
    void stop();

    // Protocol (gateway_handlers.cpp).
    void handle_frame(Connection& connection, std::string_view text);
    void handle_heartbeat(Connection& connection, const boost::json::value& d);
    void handle_identify(Connection& connection, const boost::json::value& d);
    void handle_resume(Connection& connection, const boost::json::value& d);
    void handle_presence(Connection& connection, const boost::json::value& d);
    void handle_voice_state(Connection& connection, const boost::json::value& d);
    void handle_request_members(Connection& connection, const boost::json::value& d);
    void handle_soundboard(Connection& connection, const boost::json::value& d);
    void close(Connection& connection, std::uint16_t code);
    void invalid_session(Connection& connection, bool resumable);
    void send_ready(Session& session, bool shard_given);

    // Sessions.
    void detach(Connection& connection, std::optional<std::uint16_t> client_close_code);
    void forget_session(const std::string& id);
    void purge_expired();
    [[nodiscard]] std::vector<std::shared_ptr<Connection>> targets(
        const boost::json::object& args) const;
    [[nodiscard]] std::vector<Snowflake> guilds_of(unsigned shard_id, unsigned shard_count) const;

    // Flood mode (flood.cpp).
    boost::json::value start_flood(const boost::json::object& args);

    boost::asio::any_io_executor executor;
    World& world;
    GatewayOptions options;
    IdentifyQueue identify_queue;
    SessionStartLimit start_limit;
    std::map<std::uint64_t, std::shared_ptr<Connection>> connections;
    std::map<std::string, std::shared_ptr<Session>> sessions;
    std::uint64_t next_connection_id = 1;
    bool stopped = false;

    // Statistics for control("stats").
    boost::json::array identifies;
    std::uint64_t heartbeats = 0;
    std::uint64_t resumes = 0;
    boost::json::array floods;
};

/// An inbound payload broke the protocol; the connection is closed with code().
class ProtocolError : public HikariError {
  public:
    ProtocolError(std::uint16_t code, const std::string& detail)
        : HikariError(detail), code_(code) {}
    [[nodiscard]] std::uint16_t code() const noexcept { return code_; }

  private:
    std::uint16_t code_;
};

}  // namespace hikari::sandbox
