// Event routing (GatewayHub::dispatch) and fault injection (GatewayHub::control).

#include "sandbox/gateway/hub_impl.hpp"
#include "sandbox/gateway/intent_filter.hpp"
#include "sandbox/gateway/payloads.hpp"
#include "sandbox/state/world.hpp"

#include <spdlog/spdlog.h>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace hikari::sandbox {
namespace json = boost::json;

namespace {

std::optional<std::int64_t> int_arg(const json::object& args, std::string_view key) {
    const json::value* value = args.if_contains(key);
    if (value == nullptr || value->is_null()) return std::nullopt;
    if (value->is_int64()) return value->as_int64();
    if (value->is_uint64() && value->as_uint64() <= static_cast<std::uint64_t>(INT64_MAX)) {
        return static_cast<std::int64_t>(value->as_uint64());
    }
    throw ValueError("gateway control: '" + std::string(key) + "' must be an integer");
}

bool is_message_event(std::string_view name) {
    return name == "MESSAGE_CREATE" || name == "MESSAGE_UPDATE";
}

}  // namespace

void GatewayHub::Impl::dispatch(std::string_view event_name, const json::object& data,
                                std::optional<Snowflake> guild_id, std::uint32_t required_intents) {
    purge_expired();
    // gateway.mdx "Caveats": the bot's own member updates arrive without GUILD_MEMBERS.
    if (event_name == "GUILD_MEMBER_UPDATE") {
        const json::value* user = data.if_contains("user");
        if (user != nullptr && user->is_object() && user->as_object().contains("id") &&
            user->as_object().at("id") == json::value(world.bot_id().to_string())) {
            required_intents = 0;
        }
    }
    std::optional<std::string> full;
    std::optional<std::string> stripped;
    for (auto& [id, session] : sessions) {
        if (!session->owns(guild_id)) continue;
        if ((session->intents & required_intents) != required_intents) continue;
        if (is_message_event(event_name) && (session->intents & intents::message_content) == 0) {
            if (!stripped) {
                json::object copy = data;
                strip_message_content(copy, world.bot_id());
                stripped = json::serialize(copy);
            }
            session->emit(event_name, *stripped);
            continue;
        }
        if (!full) full = json::serialize(data);
        session->emit(event_name, *full);
    }
}

std::vector<std::shared_ptr<Connection>> GatewayHub::Impl::targets(const json::object& args) const {
    const auto shard = int_arg(args, "shard");
    std::vector<std::shared_ptr<Connection>> out;
    for (const auto& [id, connection] : connections) {
        if (!connection->open()) continue;
        if (shard && (!connection->session ||
                      static_cast<std::int64_t>(connection->session->shard_id) != *shard)) {
            continue;
        }
        out.push_back(connection);
    }
    return out;
}

json::value GatewayHub::Impl::control(std::string_view action, const json::object& args) {
    if (action == "stats") {
        json::array session_list;
        for (const auto& [id, session] : sessions) {
            session_list.push_back(json::object{{"shard", session->shard_id},
                                                {"shard_count", session->shard_count},
                                                {"session_id", id},
                                                {"seq", session->seq},
                                                {"dispatches_sent", session->dispatches_sent},
                                                {"commands_received", session->commands_received},
                                                {"presence", json::parse(session->presence)},
                                                {"connected", session->connection != nullptr}});
        }
        return json::object{{"identifies", identifies},
                            {"heartbeats", heartbeats},
                            {"resumes", resumes},
                            {"connections", connections.size()},
                            {"sessions", std::move(session_list)},
                            {"floods", floods}};
    }
    if (action == "flood") return start_flood(args);

    auto selected = targets(args);
    if (action == "close") {
        const auto code = int_arg(args, "code");
        if (code && (*code < 1000 || *code > 4999)) {
            throw ValueError("gateway control: close code must be within 1000-4999");
        }
        std::string reason;
        if (const json::value* r = args.if_contains("reason"); r != nullptr && !r->is_null()) {
            if (!r->is_string() || r->as_string().size() > 123) {
                throw ValueError("gateway control: reason must be a string of at most 123 bytes");
            }
            reason = r->as_string();
        }
        for (auto& connection : selected) {
            if (!code) {
                spdlog::info("gateway: dropping #{} on request", connection->id());
                connection->drop();
                continue;
            }
            const auto value = static_cast<std::uint16_t>(*code);
            spdlog::info("gateway: closing #{} with {} on request", connection->id(), value);
            connection->close(value, reason.empty() ? close_reason(value) : reason);
        }
    } else if (action == "reconnect") {
        for (auto& connection : selected) {
            connection->send(control_payload(Opcode::reconnect, nullptr));
        }
    } else if (action == "invalid_session") {
        const json::value* resumable = args.if_contains("resumable");
        if (resumable == nullptr || !resumable->is_bool()) {
            throw ValueError("gateway control: invalid_session needs a boolean 'resumable'");
        }
        for (auto& connection : selected) {
            invalid_session(*connection, resumable->as_bool());
            if (resumable->as_bool()) {
                // gateway-events.mdx "Invalid Session": the gateway has invalidated the
                // session on this connection and asks the client to act. The session stays
                // resumable, from a new connection (as gateway.mdx describes) or from this
                // one (as discord.js does: it sends RESUME right away on the same socket).
                detach(*connection, std::nullopt);
            } else if (connection->session) {
                // Further payloads on this connection get 4003 until it identifies again.
                const std::string id = connection->session->id;
                connection->session->connection.reset();
                connection->session.reset();
                forget_session(id);
            }
        }
    } else if (action == "stop_acks") {
        const auto count = int_arg(args, "count");
        if (count && *count < 0) throw ValueError("gateway control: count must be >= 0");
        for (auto& connection : selected) {
            connection->acks_to_skip = count ? static_cast<std::uint64_t>(*count) : UINT64_MAX;
        }
    } else if (action == "request_heartbeat") {
        for (auto& connection : selected) {
            connection->send(control_payload(Opcode::heartbeat, nullptr));
        }
    } else {
        throw ValueError("gateway control: unknown action '" + std::string(action) + "'");
    }
    return json::object{{"connections", selected.size()}};
}

}  // namespace hikari::sandbox
