// Stage instances (the "stage_instances" store per guild, one per stage channel), voice
// states ("voice_states" per guild keyed by user, set by the gateway and the control API),
// voice regions, voice channel statuses and group DM recipients.

#include "sandbox/http/guild_feature_support.hpp"
#include "sandbox/http/message_ops.hpp"
#include "sandbox/http/routes.hpp"

#include <hikari/core/time.hpp>

#include <boost/json/array.hpp>

namespace hikari::sandbox {

namespace json = boost::json;
namespace fi = feature_intents;

namespace {

/// The stage channel named by {channel_id} and its guild; 10003 / 50024 otherwise.
std::pair<json::object*, Snowflake> stage_channel(Call& call, Snowflake id) {
    json::object* channel = call.world().channel(id);
    if (!channel) throw api_errors::unknown_channel();
    if (channel_type(*channel) != 13) {
        throw ApiError(400, 50024, "Cannot execute action on this channel type");
    }
    return {channel, *guild_of(*channel)};
}

json::object* instance_of(World& world, Snowflake guild, Snowflake channel) {
    for (auto& [id, instance] : world.entities("stage_instances", guild)) {
        if (instance.at("channel_id") == json::value(channel.to_string())) return &instance;
    }
    return nullptr;
}

json::object& instance_or_404(Call& call, Snowflake& guild) {
    const Snowflake channel = call.id("channel_id");
    guild = stage_channel(call, channel).second;
    json::object* instance = instance_of(call.world(), guild, channel);
    if (!instance) raise_unknown(10067, "Unknown Stage Instance");
    return *instance;
}

json::object& voice_state_or_404(Call& call, Snowflake guild, Snowflake user) {
    auto& states = call.world().entities("voice_states", guild);
    auto it = states.find(user);
    if (it == states.end()) raise_unknown(10065, "Unknown Voice State");
    return it->second;
}

/// Applies a stage voice state edit; the user must be in the named stage channel.
Response edit_voice_state(Call& call, Snowflake user, bool self) {
    const Snowflake guild = guild_or_404(call);
    const json::object& body = call.body();
    FormErrors errors;
    const auto channel = errors.snowflake(body, "channel_id", !self);
    const auto suppress = errors.boolean(body, "suppress");
    std::optional<json::value> hand;
    if (self) {
        if (const auto* r = body.if_contains("request_to_speak_timestamp")) {
            const auto parsed = r->is_string() ? try_parse_iso8601(r->get_string()) : std::nullopt;
            if (r->is_null()) {
                hand = json::value(nullptr);
            } else if (!parsed) {
                errors.add("request_to_speak_timestamp", "DATE_TIME_TYPE_PARSE",
                           "Could not parse request_to_speak_timestamp.");
            } else {
                hand = json::value(format_iso8601(*parsed));
            }
        }
    }
    errors.raise_if_any();
    json::object& state = voice_state_or_404(call, guild, user);
    const auto& current = state.at("channel_id");
    const Snowflake target =
        channel ? *channel
                : (current.is_string() ? Snowflake::parse(current.as_string()) : Snowflake{});
    stage_channel(call, target);
    if (current != json::value(target.to_string())) {
        throw ApiError(400, 50024, "Cannot execute action on this channel type");
    }
    if (suppress) state["suppress"] = *suppress;
    if (hand) state["request_to_speak_timestamp"] = *hand;
    call.emit("VOICE_STATE_UPDATE", state, guild, fi::guild_voice_states);
    return Response::no_content();
}

}  // namespace

void add_stage_voice_routes(Router& router) {
    router.add("POST", "/stage-instances", "stage_instances", [](Call& call) {
        const json::object& body = call.body();
        FormErrors errors;
        const auto channel = errors.snowflake(body, "channel_id", true);
        const auto topic = errors.string(body, "topic", 1, 120, true);
        const auto privacy = errors.integer(body, "privacy_level", 1, 2, false);
        errors.boolean(body, "send_start_notification");
        const auto event = errors.snowflake(body, "guild_scheduled_event_id", false);
        errors.raise_if_any();
        auto [ch, guild] = stage_channel(call, *channel);
        World& world = call.world();
        if (instance_of(world, guild, *channel)) {
            throw ApiError(400, 150006, "The Stage is already open");
        }
        const Snowflake id = world.next_id();
        json::object instance{
            {"id", id.to_string()},
            {"guild_id", guild.to_string()},
            {"channel_id", channel->to_string()},
            {"topic", *topic},
            {"privacy_level", privacy.value_or(2)},
            {"discoverable_disabled", false},
            {"guild_scheduled_event_id",
             event ? json::value(event->to_string()) : json::value(nullptr)},
        };
        const json::object& stored = world.entities("stage_instances", guild)[id] =
            std::move(instance);
        call.emit("STAGE_INSTANCE_CREATE", stored, guild, fi::guilds);
        return Response::json(200, stored);
    });
    router.add("GET", "/stage-instances/{channel_id}", "", [](Call& call) {
        Snowflake guild;
        return Response::json(200, instance_or_404(call, guild));
    });
    router.add("PATCH", "/stage-instances/{channel_id}", "stage_instances", [](Call& call) {
        Snowflake guild;
        json::object& instance = instance_or_404(call, guild);
        FormErrors errors;
        const auto topic = errors.string(call.body(), "topic", 1, 120, false);
        const auto privacy = errors.integer(call.body(), "privacy_level", 1, 2, false);
        errors.raise_if_any();
        if (topic) instance["topic"] = *topic;
        if (privacy) instance["privacy_level"] = *privacy;
        call.emit("STAGE_INSTANCE_UPDATE", instance, guild, fi::guilds);
        return Response::json(200, instance);
    });
    router.add("DELETE", "/stage-instances/{channel_id}", "stage_instances", [](Call& call) {
        Snowflake guild;
        const json::object instance = instance_or_404(call, guild);
        call.world()
            .entities("stage_instances", guild)
            .erase(Snowflake::parse(instance.at("id").as_string()));
        call.emit("STAGE_INSTANCE_DELETE", instance, guild, fi::guilds);
        return Response::no_content();
    });

    router.add("GET", "/voice/regions", "", [](Call&) {
        json::array regions;
        for (const char* id : {"us-east", "rotterdam", "singapore"}) {
            regions.push_back(json::object{{"id", id},
                                           {"name", id},
                                           {"optimal", std::string_view(id) == "rotterdam"},
                                           {"deprecated", false},
                                           {"custom", false}});
        }
        return Response::json(200, regions);
    });
    router.add("PUT", "/channels/{channel_id}/voice-status", "", [](Call& call) {
        json::object& channel = channel_or_404(call);
        const auto guild = guild_of(channel);
        if (!guild || channel_type(channel) != 2) {
            throw ApiError(400, 50024, "Cannot execute action on this channel type");
        }
        FormErrors errors;
        const auto status = errors.string(call.body(), "status", 0, 500, false);
        errors.raise_if_any();
        const json::value value =
            status && !status->empty() ? json::value(*status) : json::value(nullptr);
        channel["status"] = value;
        call.emit(
            "VOICE_CHANNEL_STATUS_UPDATE",
            json::object{
                {"id", channel.at("id")}, {"guild_id", guild->to_string()}, {"status", value}},
            guild, fi::guilds);
        return Response::no_content();
    });
    const auto group_dm = [](Call& call) -> json::object& {
        json::object& channel = channel_or_404(call);
        if (channel_type(channel) != 3) {
            throw ApiError(400, 50024, "Cannot execute action on this channel type");
        }
        if (!call.world().user(call.id("user_id"))) throw api_errors::unknown_user();
        return channel;
    };
    router.add("PUT", "/channels/{channel_id}/recipients/{user_id}", "", [group_dm](Call& call) {
        json::object& channel = group_dm(call);
        FormErrors errors;
        errors.string(call.body(), "access_token", 1, 200, true);
        errors.string(call.body(), "nick", 1, 32, false);
        errors.raise_if_any();
        json::value& recipients = channel["recipients"];
        if (!recipients.is_array()) recipients = json::array{};
        const json::object& user = *call.world().user(call.id("user_id"));
        for (const auto& r : recipients.as_array()) {
            if (r.at("id") == user.at("id")) return Response::no_content();
        }
        recipients.as_array().push_back(user);
        return Response::no_content();
    });
    router.add("DELETE", "/channels/{channel_id}/recipients/{user_id}", "", [group_dm](Call& call) {
        json::object& channel = group_dm(call);
        json::value& recipients = channel["recipients"];
        if (!recipients.is_array()) recipients = json::array{};
        auto& list = recipients.as_array();
        const json::value key(call.id("user_id").to_string());
        for (auto it = list.begin(); it != list.end(); ++it) {
            if (it->at("id") == key) {
                list.erase(it);
                return Response::no_content();
            }
        }
        throw api_errors::unknown_user();
    });

    router.add("GET", "/guilds/{guild_id}/voice-states/@me", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        return Response::json(200, voice_state_or_404(call, guild, call.world().bot_id()));
    });
    router.add("GET", "/guilds/{guild_id}/voice-states/{user_id}", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        return Response::json(200, voice_state_or_404(call, guild, call.id("user_id")));
    });
    router.add("PATCH", "/guilds/{guild_id}/voice-states/@me", "voice_states",
               [](Call& call) { return edit_voice_state(call, call.world().bot_id(), true); });
    router.add("PATCH", "/guilds/{guild_id}/voice-states/{user_id}", "voice_states",
               [](Call& call) { return edit_voice_state(call, call.id("user_id"), false); });
}

/// A voice state as Discord keeps it, for the gateway's op 4 and the control API.
json::object make_voice_state(World& world, Snowflake guild, Snowflake user,
                              std::optional<Snowflake> channel, const std::string& session) {
    json::object state{
        {"guild_id", guild.to_string()},
        {"channel_id", channel ? json::value(channel->to_string()) : json::value(nullptr)},
        {"user_id", user.to_string()},
        {"session_id", session},
        {"deaf", false},
        {"mute", false},
        {"self_deaf", false},
        {"self_mute", false},
        {"self_video", false},
        // Joining a stage makes one an audience member.
        {"suppress",
         channel && world.channel(*channel) && channel_type(*world.channel(*channel)) == 13},
        {"request_to_speak_timestamp", nullptr},
    };
    if (const auto* m = world.member(guild, user)) state["member"] = *m;
    return state;
}

/// POST /_sandbox/voice-states {guild_id, user_id, channel_id|null}: a user joins or leaves
/// voice, with VOICE_STATE_UPDATE.
Response control_set_voice_state(Call& call) {
    World& world = call.world();
    FormErrors errors;
    const auto guild = errors.snowflake(call.body(), "guild_id", true);
    const auto user = errors.snowflake(call.body(), "user_id", true);
    const auto channel = errors.snowflake(call.body(), "channel_id", false);
    errors.raise_if_any();
    if (!world.guild(*guild)) throw api_errors::unknown_guild();
    if (!world.member(*guild, *user)) throw api_errors::unknown_member();
    if (channel && world.guild_of_channel(*channel) != guild) throw api_errors::unknown_channel();
    json::object state =
        make_voice_state(world, *guild, *user, channel, "sbx-voice-" + user->to_string());
    auto& states = world.entities("voice_states", *guild);
    if (channel) {
        states[*user] = state;
    } else {
        states.erase(*user);
    }
    call.emit("VOICE_STATE_UPDATE", state, guild, fi::guild_voice_states);
    return Response::json(200, state);
}

}  // namespace hikari::sandbox
