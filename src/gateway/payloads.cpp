#include "gateway/payloads.hpp"

#include <hikari/core/errors.hpp>
#include <hikari/model/json_writer.hpp>

namespace hikari::gateway {
namespace {

std::string_view status_name(Status status) {
    switch (status) {
        case Status::online:
            return "online";
        case Status::idle:
            return "idle";
        case Status::dnd:
            return "dnd";
        case Status::invisible:
            return "invisible";
        case Status::offline:
            return "offline";
    }
    return "online";
}

void write_presence(JsonWriter& w, const PresenceState& p) {
    w.begin_object();
    w.key("since");
    if (p.idle_since) {
        auto ms =
            std::chrono::duration_cast<std::chrono::milliseconds>(p.idle_since->time_since_epoch());
        w.number(static_cast<std::int64_t>(ms.count()));
    } else {
        w.null();
    }
    w.key("activities").begin_array();
    if (p.activity) {
        const auto& a = *p.activity;
        w.begin_object().key("name").string(a.name);
        w.key("type").number(static_cast<std::int64_t>(a.type));
        if (a.url) w.key("url").string(*a.url);
        if (a.state) w.key("state").string(*a.state);
        w.end_object();
    }
    w.end_array();
    w.key("status").string(status_name(p.status));
    w.key("afk").boolean(p.afk);
    w.end_object();
}

}  // namespace

void PresenceState::apply(const PresenceUpdate& update) {
    if (update.status) status = *update.status;
    if (!update.idle_since.is_undefined()) idle_since = update.idle_since.as_optional();
    if (!update.activity.is_undefined()) activity = update.activity.as_optional();
    if (update.afk) afk = *update.afk;
}

std::string identify_payload(const GatewayShardSettings& s, const PresenceState* presence) {
    JsonWriter w{512};
    w.begin_object().key("op").number(std::int64_t{2}).key("d").begin_object();
    w.key("token").string(s.token.reveal());
    w.key("properties").begin_object();
    w.key("os")
        .string("linux")
        .key("browser")
        .string("hikari-cpp")
        .key("device")
        .string("hikari-cpp");
    w.end_object();
    w.key("compress").boolean(false);
    w.key("large_threshold").number(std::uint64_t{s.large_threshold});
    w.key("shard").begin_array().number(std::uint64_t{s.shard_id});
    w.number(std::uint64_t{s.shard_count}).end_array();
    if (presence != nullptr) {
        w.key("presence");
        write_presence(w, *presence);
    }
    w.key("intents").number(std::uint64_t{s.intents.value()});
    w.end_object().end_object();
    return std::move(w).str();
}

std::string resume_payload(const Token& token, std::string_view session_id, std::uint64_t seq) {
    JsonWriter w{256};
    w.begin_object().key("op").number(std::int64_t{6}).key("d").begin_object();
    w.key("token").string(token.reveal());
    w.key("session_id").string(session_id);
    w.key("seq").number(seq);
    w.end_object().end_object();
    return std::move(w).str();
}

std::string heartbeat_payload(std::optional<std::uint64_t> seq) {
    return seq ? R"({"op":1,"d":)" + std::to_string(*seq) + "}" : R"({"op":1,"d":null})";
}

std::string presence_payload(const PresenceState& presence) {
    JsonWriter w{256};
    w.begin_object().key("op").number(std::int64_t{3}).key("d");
    write_presence(w, presence);
    w.end_object();
    return std::move(w).str();
}

std::string voice_state_payload(Snowflake guild_id, std::optional<Snowflake> channel_id,
                                bool self_mute, bool self_deaf) {
    JsonWriter w{160};
    w.begin_object().key("op").number(std::int64_t{4}).key("d").begin_object();
    w.key("guild_id").string(guild_id.to_string());
    w.key("channel_id");
    if (channel_id) {
        w.string(channel_id->to_string());
    } else {
        w.null();
    }
    w.key("self_mute").boolean(self_mute).key("self_deaf").boolean(self_deaf);
    w.end_object().end_object();
    return std::move(w).str();
}

std::string request_guild_members_payload(const RequestGuildMembers& r, Intents intents) {
    if (!r.user_ids.empty() && !r.query.empty()) {
        throw ValueError("request_guild_members: give either a query or user_ids, not both");
    }
    if (r.user_ids.size() > 100) {
        throw ValueError("request_guild_members: at most 100 user_ids per request, got " +
                         std::to_string(r.user_ids.size()));
    }
    if (r.limit > 100 && !r.query.empty()) {
        throw ValueError("request_guild_members: a query returns at most 100 members (limit)");
    }
    if (r.nonce && r.nonce->size() > 32) {
        throw ValueError("request_guild_members: the nonce may be at most 32 bytes");
    }
    Intents needed = Intents::none();
    if (r.presences) needed |= Intents::guild_presences;
    if (r.user_ids.empty() && r.query.empty() && r.limit == 0) needed |= Intents::guild_members;
    if (auto missing = needed.without(intents); missing != Intents::none()) {
        throw MissingIntentError(missing);
    }
    JsonWriter w{256};
    w.begin_object().key("op").number(std::int64_t{8}).key("d").begin_object();
    w.key("guild_id").string(r.guild_id.to_string());
    if (r.user_ids.empty()) {
        w.key("query").string(r.query).key("limit").number(std::uint64_t{r.limit});
    } else {
        w.key("user_ids").begin_array();
        for (auto id : r.user_ids) w.string(id.to_string());
        w.end_array();
    }
    if (r.presences) w.key("presences").boolean(true);
    if (r.nonce) w.key("nonce").string(*r.nonce);
    w.end_object().end_object();
    return std::move(w).str();
}

}  // namespace hikari::gateway
