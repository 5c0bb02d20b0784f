// What the gateway does with each inbound opcode (gateway-events.mdx "Send Events").

#include "sandbox/gateway/hub_impl.hpp"
#include "sandbox/gateway/intent_filter.hpp"
#include "sandbox/gateway/payloads.hpp"
#include "sandbox/state/world.hpp"

#include <spdlog/spdlog.h>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <unordered_set>

namespace hikari::sandbox {
namespace json = boost::json;

namespace {

std::optional<std::int64_t> as_int(const json::value& value) {
    if (value.is_int64()) return value.as_int64();
    if (value.is_uint64() && value.as_uint64() <= static_cast<std::uint64_t>(INT64_MAX)) {
        return static_cast<std::int64_t>(value.as_uint64());
    }
    return std::nullopt;
}

[[noreturn]] void violate(std::uint16_t code, const std::string& detail) {
    throw ProtocolError(code, detail);
}

const json::object& require_object(const json::value& d, std::string_view what) {
    if (!d.is_object())
        violate(close_code::unknown_opcode, std::string(what) + ": d is not an object");
    return d.as_object();
}

Snowflake require_snowflake(const json::object& d, std::string_view key) {
    const json::value* value = d.if_contains(key);
    std::optional<Snowflake> id;
    if (value != nullptr && value->is_string()) id = Snowflake::try_parse(value->as_string());
    if (!id) violate(close_code::unknown_opcode, std::string(key) + " is not a snowflake");
    return *id;
}

/// Gateway presence update structure (gateway-events.mdx "Update Presence").
void validate_presence(const json::value& value) {
    const json::object& d = require_object(value, "presence");
    const json::value* since = d.if_contains("since");
    if (since != nullptr && !since->is_null() && !as_int(*since)) {
        violate(close_code::unknown_opcode, "presence: since must be an integer or null");
    }
    const json::value* status = d.if_contains("status");
    static constexpr std::string_view statuses[] = {"online", "dnd", "idle", "invisible",
                                                    "offline"};
    if (status == nullptr || !status->is_string() ||
        std::find(std::begin(statuses), std::end(statuses), status->as_string()) ==
            std::end(statuses)) {
        violate(close_code::unknown_opcode, "presence: unknown status");
    }
    const json::value* activities = d.if_contains("activities");
    if (activities == nullptr || !activities->is_array()) {
        violate(close_code::unknown_opcode, "presence: activities must be an array");
    }
    for (const json::value& activity : activities->as_array()) {
        if (!activity.is_object() || !activity.as_object().contains("name") ||
            !activity.as_object().at("name").is_string() ||
            !activity.as_object().contains("type") || !as_int(activity.as_object().at("type"))) {
            violate(close_code::unknown_opcode, "presence: activity needs a name and a type");
        }
    }
    const json::value* afk = d.if_contains("afk");
    if (afk != nullptr && !afk->is_bool()) {
        violate(close_code::unknown_opcode, "presence: afk must be a boolean");
    }
}

std::string lowercase(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

double unix_ms_now() {
    return static_cast<double>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::system_clock::now().time_since_epoch())
                                   .count());
}

}  // namespace

void GatewayHub::Impl::handle_frame(Connection& connection, std::string_view text) {
    try {
        if (text.size() > options.max_payload_size) {
            violate(close_code::decode_error,
                    "payload of " + std::to_string(text.size()) + " bytes exceeds the limit");
        }
        if (!connection.send_limiter->record(GatewayClock::now())) {
            violate(close_code::rate_limited, "send limit exceeded");
        }
        boost::system::error_code ec;
        json::value payload = json::parse(text, ec);
        if (ec || !payload.is_object()) violate(close_code::decode_error, "not a JSON object");
        const json::value* op_value = payload.as_object().if_contains("op");
        const auto op = op_value != nullptr ? as_int(*op_value) : std::nullopt;
        if (!op) violate(close_code::decode_error, "op is missing or not an integer");
        // Range-check before the enum conversion so that 2^32 + 2 is not taken for IDENTIFY.
        if (*op < 0 || *op > 255) {
            violate(close_code::unknown_opcode, "unknown opcode " + std::to_string(*op));
        }
        static const json::value null_value;
        const json::value* d_ptr = payload.as_object().if_contains("d");
        const json::value& d = d_ptr != nullptr ? *d_ptr : null_value;

        const auto opcode = static_cast<Opcode>(*op);
        switch (opcode) {
            case Opcode::heartbeat:
                return handle_heartbeat(connection, d);
            case Opcode::identify:
                return handle_identify(connection, d);
            case Opcode::resume:
                return handle_resume(connection, d);
            case Opcode::presence_update:
            case Opcode::voice_state_update:
            case Opcode::request_guild_members:
            case Opcode::request_soundboard_sounds:
            case Opcode::request_channel_info:
                break;
            default:
                violate(close_code::unknown_opcode, "unknown opcode " + std::to_string(*op));
        }
        if (!connection.session) violate(close_code::not_authenticated, "not identified");
        ++connection.session->commands_received;
        switch (opcode) {
            case Opcode::presence_update:
                return handle_presence(connection, d);
            case Opcode::voice_state_update:
                return handle_voice_state(connection, d);
            case Opcode::request_guild_members:
                return handle_request_members(connection, d);
            case Opcode::request_soundboard_sounds:
                return handle_soundboard(connection, d);
            default:
                require_object(d, "request channel info");
                return;
        }
    } catch (const ProtocolError& error) {
        spdlog::warn("gateway: #{} protocol error: {}", connection.id(), error.what());
        close(connection, error.code());
    }
}

void GatewayHub::Impl::handle_heartbeat(Connection& connection, const json::value& d) {
    if (!d.is_null() && !as_int(d)) violate(close_code::decode_error, "heartbeat: bad d");
    ++heartbeats;
    const auto grace =
        options.heartbeat_grace.count() > 0 ? options.heartbeat_grace : options.heartbeat_interval;
    connection.heartbeat_deadline = GatewayClock::now() + options.heartbeat_interval + grace;
    if (connection.acks_to_skip > 0) {
        --connection.acks_to_skip;
        return;
    }
    connection.send(control_payload(Opcode::heartbeat_ack, nullptr));
}

void GatewayHub::Impl::handle_identify(Connection& connection, const json::value& value) {
    if (connection.session) violate(close_code::already_authenticated, "identified twice");
    const json::object& d = require_object(value, "identify");
    const json::value* token = d.if_contains("token");
    if (token == nullptr || !token->is_string()) {
        violate(close_code::decode_error, "identify: token missing");
    }
    const json::value* properties = d.if_contains("properties");
    if (properties == nullptr || !properties->is_object()) {
        violate(close_code::decode_error, "identify: properties missing");
    }
    if (token->as_string() != world.token()) {
        violate(close_code::authentication_failed, "identify: wrong token");
    }
    const json::value* intents_value = d.if_contains("intents");
    const auto intents_int = intents_value != nullptr ? as_int(*intents_value) : std::nullopt;
    if (!intents_int || *intents_int < 0) violate(close_code::invalid_intents, "intents missing");
    const auto session_intents = static_cast<std::uint64_t>(*intents_int);
    if ((session_intents & ~intents::all_valid) != 0) {
        violate(close_code::invalid_intents, "unknown intent bits");
    }
    if ((session_intents & intents::privileged & ~options.enabled_privileged_intents) != 0) {
        violate(close_code::disallowed_intents, "privileged intent not enabled");
    }
    unsigned shard_id = 0;
    unsigned shard_count = 1;
    const json::value* shard = d.if_contains("shard");
    const bool shard_given = shard != nullptr && !shard->is_null();
    if (shard_given) {
        const json::array* pair = shard->if_array();
        std::optional<std::int64_t> id;
        std::optional<std::int64_t> count;
        if (pair != nullptr && pair->size() == 2) {
            id = as_int((*pair)[0]);
            count = as_int((*pair)[1]);
        }
        if (!id || !count || *count < 1 || *id < 0 || *id >= *count || *count > 65535) {
            violate(close_code::invalid_shard, "identify: invalid shard");
        }
        shard_id = static_cast<unsigned>(*id);
        shard_count = static_cast<unsigned>(*count);
    }
    unsigned large_threshold = options.large_threshold_default;
    if (const json::value* large = d.if_contains("large_threshold");
        large != nullptr && !large->is_null()) {
        const auto threshold = as_int(*large);
        if (!threshold || *threshold < options.large_threshold_min ||
            *threshold > options.large_threshold_max) {
            violate(close_code::decode_error, "identify: large_threshold out of range");
        }
        large_threshold = static_cast<unsigned>(*threshold);
    }
    if (const json::value* compress = d.if_contains("compress");
        compress != nullptr && !compress->is_bool() && !compress->is_null()) {
        violate(close_code::decode_error, "identify: compress must be a boolean");
    }
    if (const json::value* presence = d.if_contains("presence");
        presence != nullptr && !presence->is_null()) {
        validate_presence(*presence);
    }
    const auto shard_guilds = guilds_of(shard_id, shard_count);
    if (shard_guilds.size() > options.max_guilds_per_shard) {
        violate(close_code::sharding_required, "too many guilds for one shard");
    }
    const auto now = GatewayClock::now();
    if (!identify_queue.try_acquire(shard_id, now)) {
        spdlog::warn("gateway: #{} identified too soon for bucket {}", connection.id(),
                     shard_id % identify_queue.max_concurrency());
        invalid_session(connection, false);
        return;
    }
    if (!start_limit.try_consume(now)) {
        // gateway.mdx "Identifying": at the limit every session of the app is terminated.
        spdlog::error("gateway: session start limit exhausted");
        auto all = connections;
        for (auto& [id, other] : all) {
            if (other->session) close(*other, close_code::authentication_failed);
        }
        violate(close_code::authentication_failed, "session start limit exhausted");
    }

    purge_expired();
    auto session = std::make_shared<Session>();
    session->id = random_session_id();
    session->shard_id = shard_id;
    session->shard_count = shard_count;
    session->intents = session_intents;
    session->large_threshold = large_threshold;
    session->replay_limit = options.replay_buffer;
    session->connection = connection.shared_from_this();
    connection.session = session;
    if (const json::value* presence = d.if_contains("presence");
        presence != nullptr && !presence->is_null()) {
        session->presence = json::serialize(*presence);
    }
    sessions.emplace(session->id, session);
    identifies.push_back(json::object{{"shard", shard_id},
                                      {"shard_count", shard_count},
                                      {"session_id", session->id},
                                      {"time", unix_ms_now()}});
    spdlog::info("gateway: #{} identified shard [{}, {}] intents {} session {}", connection.id(),
                 shard_id, shard_count, session_intents, session->id);
    send_ready(*session, shard_given);
}

void GatewayHub::Impl::send_ready(Session& session, bool shard_given) {
    json::array guilds;
    const auto shard_guilds = guilds_of(session.shard_id, session.shard_count);
    for (Snowflake id : shard_guilds) {
        guilds.push_back(json::object{{"id", id.to_string()}, {"unavailable", true}});
    }
    json::object application{{"id", world.application_id().to_string()}, {"flags", 0}};
    if (const json::value* flags = world.application().if_contains("flags")) {
        application["flags"] = *flags;
    }
    json::object ready{
        {"v", 10},
        {"user_settings", json::object{}},
        {"user", world.bot_user()},
        {"session_type", "normal"},
        {"session_id", session.id},
        {"resume_gateway_url", session.connection ? session.connection->resume_url : ""},
        {"relationships", json::array{}},
        {"private_channels", json::array{}},
        {"presences", json::array{}},
        {"guilds", std::move(guilds)},
        {"guild_join_requests", json::array{}},
        {"geo_ordered_rtc_regions", json::array{"sandbox"}},
        {"application", std::move(application)},
        {"_trace", json::array{R"(["sandbox-gateway",{}])"}},
    };
    if (shard_given) ready["shard"] = json::array{session.shard_id, session.shard_count};
    session.emit("READY", json::serialize(ready));
    if ((session.intents & intents::guilds) == 0) return;  // GUILD_CREATE needs GUILDS
    for (Snowflake id : shard_guilds) {
        json::object guild = filter_guild_create(world.guild_create(id), session.intents,
                                                 session.large_threshold, world.bot_id());
        session.emit("GUILD_CREATE", json::serialize(guild));
    }
}

void GatewayHub::Impl::handle_resume(Connection& connection, const json::value& value) {
    if (connection.session) violate(close_code::already_authenticated, "resume after identify");
    const json::object& d = require_object(value, "resume");
    const json::value* token = d.if_contains("token");
    const json::value* session_id = d.if_contains("session_id");
    const json::value* seq_value = d.if_contains("seq");
    if (token == nullptr || !token->is_string() || session_id == nullptr ||
        !session_id->is_string()) {
        violate(close_code::decode_error, "resume: token and session_id are required");
    }
    std::uint64_t seq = 0;
    if (seq_value != nullptr && !seq_value->is_null()) {
        const auto parsed = as_int(*seq_value);
        if (!parsed || *parsed < 0) violate(close_code::invalid_seq, "resume: bad seq");
        seq = static_cast<std::uint64_t>(*parsed);
    }
    if (token->as_string() != world.token()) {
        violate(close_code::authentication_failed, "resume: wrong token");
    }
    purge_expired();
    auto it = sessions.find(std::string(session_id->as_string()));
    if (it == sessions.end()) {
        spdlog::warn("gateway: #{} resume of unknown session", connection.id());
        invalid_session(connection, false);
        return;
    }
    auto session = it->second;
    if (seq > session->seq) violate(close_code::invalid_seq, "resume: seq from the future");
    const bool replay_complete = seq == session->seq || (!session->replay.empty() &&
                                                         session->replay.front().first <= seq + 1);
    if (!replay_complete) {
        spdlog::warn("gateway: #{} resume of {} from seq {} beyond the replay buffer",
                     connection.id(), session->id, seq);
        forget_session(session->id);
        invalid_session(connection, false);
        return;
    }
    if (session->connection) {
        // The old connection is a zombie as far as the client is concerned.
        auto old = session->connection;
        old->session.reset();
        old->drop();
    }
    session->connection = connection.shared_from_this();
    connection.session = session;
    ++resumes;
    std::uint64_t replayed = 0;
    for (const auto& [frame_seq, frame] : session->replay) {
        if (frame_seq <= seq) continue;
        connection.send(frame);
        ++session->dispatches_sent;
        ++replayed;
    }
    spdlog::info("gateway: #{} resumed session {} from seq {} ({} replayed)", connection.id(),
                 session->id, seq, replayed);
    session->emit(
        "RESUMED",
        json::serialize(json::object{{"_trace", json::array{R"(["sandbox-gateway",{}])"}}}));
}

void GatewayHub::Impl::handle_presence(Connection& connection, const json::value& d) {
    validate_presence(d);
    connection.session->presence = json::serialize(d);
}

void GatewayHub::Impl::handle_voice_state(Connection& connection, const json::value& value) {
    const json::object& d = require_object(value, "voice state");
    const Snowflake guild_id = require_snowflake(d, "guild_id");
    std::optional<Snowflake> channel_id;
    const json::value* channel = d.if_contains("channel_id");
    if (channel == nullptr) violate(close_code::decode_error, "voice state: channel_id missing");
    if (!channel->is_null()) channel_id = require_snowflake(d, "channel_id");
    for (const char* key : {"self_mute", "self_deaf"}) {
        const json::value* flag = d.if_contains(key);
        if (flag == nullptr || !flag->is_bool()) {
            violate(close_code::decode_error, std::string("voice state: ") + key + " missing");
        }
    }
    Session& session = *connection.session;
    if (world.guild(guild_id) == nullptr || !session.owns(guild_id)) return;  // Discord ignores
    if (channel_id && world.guild_of_channel(*channel_id) != guild_id) return;
    json::object state{
        {"guild_id", guild_id.to_string()},
        {"channel_id", channel_id ? json::value(channel_id->to_string()) : json::value(nullptr)},
        {"user_id", world.bot_id().to_string()},
        {"session_id", session.id},
        {"deaf", false},
        {"mute", false},
        {"self_deaf", d.at("self_deaf")},
        {"self_mute", d.at("self_mute")},
        {"self_video", false},
        {"suppress", false},
        {"request_to_speak_timestamp", nullptr},
    };
    if (const json::object* member = world.member(guild_id, world.bot_id())) {
        state["member"] = *member;
    }
    // Kept for GET /guilds/{id}/voice-states/@me and the soundboard.
    auto& states = world.entities("voice_states", guild_id);
    if (channel_id) {
        states[world.bot_id()] = state;
    } else {
        states.erase(world.bot_id());
    }
    if ((session.intents & intents::guild_voice_states) != 0) {
        session.emit("VOICE_STATE_UPDATE", json::serialize(state));
    }
    if (channel_id) {
        session.emit("VOICE_SERVER_UPDATE",
                     json::serialize(json::object{{"token", random_session_id().substr(0, 16)},
                                                  {"guild_id", guild_id.to_string()},
                                                  {"endpoint", "sandbox-voice.invalid:443"}}));
    }
}

void GatewayHub::Impl::handle_request_members(Connection& connection, const json::value& value) {
    const json::object& d = require_object(value, "request guild members");
    const Snowflake guild_id = require_snowflake(d, "guild_id");
    Session& session = *connection.session;
    const json::value* query = d.if_contains("query");
    const json::value* user_ids = d.if_contains("user_ids");
    const json::value* limit_value = d.if_contains("limit");
    if (query != nullptr && !query->is_string()) violate(close_code::decode_error, "bad query");
    if ((query == nullptr) == (user_ids == nullptr || user_ids->is_null())) {
        violate(close_code::decode_error, "exactly one of query and user_ids is required");
    }
    std::int64_t limit = 0;
    if (query != nullptr) {
        const auto parsed = limit_value != nullptr ? as_int(*limit_value) : std::nullopt;
        if (!parsed || *parsed < 0) violate(close_code::decode_error, "limit is required");
        limit = *parsed;
    }
    bool presences = false;
    if (const json::value* flag = d.if_contains("presences"); flag != nullptr && !flag->is_null()) {
        if (!flag->is_bool()) violate(close_code::decode_error, "presences must be a boolean");
        presences = flag->as_bool() && (session.intents & intents::guild_presences) != 0;
    }
    std::optional<std::string> nonce;
    if (const json::value* n = d.if_contains("nonce"); n != nullptr && n->is_string()) {
        if (n->as_string().size() <= 32) nonce = std::string(n->as_string());
    }
    if (world.guild(guild_id) == nullptr || !session.owns(guild_id)) {
        spdlog::warn("gateway: #{} requested members of guild {} outside its shard",
                     connection.id(), guild_id.to_string());
        return;
    }

    json::array matched;
    json::array not_found;
    if (user_ids != nullptr && !user_ids->is_null()) {
        std::vector<Snowflake> ids;
        auto add = [&](const json::value& id) {
            std::optional<Snowflake> parsed;
            if (id.is_string()) parsed = Snowflake::try_parse(id.as_string());
            if (!parsed) violate(close_code::decode_error, "user_ids holds a non-snowflake");
            ids.push_back(*parsed);
        };
        if (user_ids->is_array()) {
            for (const json::value& id : user_ids->as_array()) add(id);
        } else {
            add(*user_ids);
        }
        if (ids.size() > 100) violate(close_code::decode_error, "more than 100 user_ids");
        for (Snowflake id : ids) {
            if (const json::object* member = world.member(guild_id, id)) {
                matched.push_back(*member);
            } else {
                not_found.push_back(json::value(id.to_string()));
            }
        }
    } else {
        const std::string prefix = lowercase(query->as_string());
        if (prefix.empty() && (session.intents & intents::guild_members) == 0) {
            // gateway-events.mdx: the whole list needs GUILD_MEMBERS; Discord sends nothing.
            spdlog::warn("gateway: #{} requested all members without GUILD_MEMBERS",
                         connection.id());
            return;
        }
        std::size_t max = prefix.empty() ? SIZE_MAX : 100;
        if (limit > 0) max = std::min<std::size_t>(max, static_cast<std::size_t>(limit));
        for (const json::object* member : world.members(guild_id)) {
            if (matched.size() >= max) break;
            const json::value* user = member->if_contains("user");
            const json::value* name = user != nullptr && user->is_object()
                                          ? user->as_object().if_contains("username")
                                          : nullptr;
            if (name == nullptr || !name->is_string()) continue;
            if (lowercase(name->as_string()).starts_with(prefix)) matched.push_back(*member);
        }
    }

    json::array presence_list;
    if (presences) {
        const json::object guild = world.guild_create(guild_id);
        std::unordered_set<std::string> wanted;
        for (const json::value& member : matched) {
            wanted.emplace(member.at("user").at("id").as_string());
        }
        if (const json::value* all = guild.if_contains("presences"); all && all->is_array()) {
            for (const json::value& presence : all->as_array()) {
                const json::value* user =
                    presence.is_object() ? presence.as_object().if_contains("user") : nullptr;
                if (user && user->is_object() && user->as_object().contains("id") &&
                    wanted.contains(std::string(user->as_object().at("id").as_string()))) {
                    presence_list.push_back(presence);
                }
            }
        }
    }

    constexpr std::size_t chunk_size = 1000;
    const std::size_t chunk_count =
        std::max<std::size_t>(1, (matched.size() + chunk_size - 1) / chunk_size);
    for (std::size_t index = 0; index < chunk_count; ++index) {
        json::array members;
        const std::size_t end = std::min(matched.size(), (index + 1) * chunk_size);
        for (std::size_t i = index * chunk_size; i < end; ++i) members.push_back(matched[i]);
        json::object chunk{{"guild_id", guild_id.to_string()},
                           {"members", std::move(members)},
                           {"chunk_index", index},
                           {"chunk_count", chunk_count}};
        if (user_ids != nullptr && !user_ids->is_null() && index == 0) {
            chunk["not_found"] = not_found;
        }
        if (presences) chunk["presences"] = index == 0 ? presence_list : json::array{};
        if (nonce) chunk["nonce"] = *nonce;
        session.emit("GUILD_MEMBERS_CHUNK", json::serialize(chunk));
    }
}

void GatewayHub::Impl::handle_soundboard(Connection& connection, const json::value& value) {
    const json::object& d = require_object(value, "request soundboard sounds");
    const json::value* ids = d.if_contains("guild_ids");
    if (ids == nullptr || !ids->is_array()) violate(close_code::decode_error, "guild_ids missing");
    Session& session = *connection.session;
    for (const json::value& id : ids->as_array()) {
        std::optional<Snowflake> guild;
        if (id.is_string()) guild = Snowflake::try_parse(id.as_string());
        if (!guild) violate(close_code::decode_error, "guild_ids holds a non-snowflake");
        if (world.guild(*guild) == nullptr || !session.owns(*guild)) continue;
        session.emit("SOUNDBOARD_SOUNDS",
                     json::serialize(json::object{{"soundboard_sounds", json::array{}},
                                                  {"guild_id", guild->to_string()}}));
    }
}

}  // namespace hikari::sandbox
