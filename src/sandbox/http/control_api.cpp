// The /_sandbox control API: drive the world as simulated users, inject REST faults, tune
// rate limits, read statistics and reach the gateway's own controls. No auth, JSON in/out.

#include "sandbox/http/api.hpp"
#include "sandbox/http/api_error.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/message_ops.hpp"
#include "sandbox/state/entities.hpp"

#include <boost/json/array.hpp>

#include <algorithm>
#include <chrono>
#include <random>

namespace hikari::sandbox {

namespace json = boost::json;

namespace {

/// The first human member of the channel's guild: the default simulated author.
std::optional<Snowflake> default_author(World& world, Snowflake channel) {
    const auto guild = world.guild_of_channel(channel);
    if (!guild) return std::nullopt;
    for (const auto* m : world.members(*guild)) {
        const auto& user = m->at("user").as_object();
        if (!user.contains("bot")) return Snowflake::parse(user.at("id").as_string());
    }
    return std::nullopt;
}

Response post_message(Call& call) {
    World& world = call.world();
    const auto& body = call.body();
    FormErrors errors;
    const auto channel_id = errors.snowflake(body, "channel_id", true);
    const auto author_id = errors.snowflake(body, "author_id", false);
    errors.raise_if_any();
    const json::object* channel = world.channel(*channel_id);
    if (!channel) throw api_errors::unknown_channel();
    const auto author = author_id ? author_id : default_author(world, *channel_id);
    if (!author || !world.user(*author)) throw api_errors::unknown_user();
    if (auto guild = guild_of(*channel); guild && !world.member(*guild, *author)) {
        throw api_errors::unknown_member();
    }
    json::object& m = create_message(call, *channel_id, body, *world.user(*author));
    announce_message(call, "MESSAGE_CREATE", m);
    return Response::json(200, m);
}

/// Creates an application command interaction in a channel and dispatches INTERACTION_CREATE.
Response post_interaction(Call& call) {
    World& world = call.world();
    const auto& body = call.body();
    FormErrors errors;
    const auto channel_id = errors.snowflake(body, "channel_id", true);
    const auto user_id = errors.snowflake(body, "user_id", false);
    const auto name = errors.string(body, "name", 1, 32, false);
    errors.raise_if_any();
    const json::object* channel = world.channel(*channel_id);
    if (!channel) throw api_errors::unknown_channel();
    const auto user = user_id ? user_id : default_author(world, *channel_id);
    if (!user || !world.user(*user)) throw api_errors::unknown_user();
    const Snowflake id = world.next_id();
    std::string token = "aW50ZXJhY3Rpb246" + id.to_string();
    std::mt19937_64 rng(id.value());
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    while (token.size() < 180) token += alphabet[rng() % (sizeof alphabet - 1)];
    world.add_interaction(id, token, *channel_id, *user);

    json::object data{
        {"id", world.next_id().to_string()}, {"name", name.value_or("ping")}, {"type", 1}};
    if (const auto* options = body.if_contains("options"); options && options->is_array()) {
        data["options"] = *options;
    }
    json::object interaction{{"id", id.to_string()},
                             {"application_id", world.application_id().to_string()},
                             {"type", 2},
                             {"data", std::move(data)},
                             {"channel_id", channel_id->to_string()},
                             {"channel", *channel},
                             {"token", token},
                             {"version", 1},
                             {"app_permissions", "8"},
                             {"locale", "en-US"},
                             {"entitlements", json::array{}},
                             {"authorizing_integration_owners", json::object{{"0", "0"}}},
                             {"context", 0},
                             {"attachment_size_limit", 10485760}};
    const auto guild = guild_of(*channel);
    if (guild) {
        interaction["guild_id"] = guild->to_string();
        interaction["guild_locale"] = "en-US";
        if (const auto* m = world.member(*guild, *user)) {
            json::object member = *m;
            member["permissions"] = "1071698660929";
            interaction["member"] = std::move(member);
        }
    } else {
        interaction["user"] = *world.user(*user);
    }
    call.emit("INTERACTION_CREATE", interaction, guild, 0);
    return Response::json(200, interaction);
}

/// A simulated person joins a guild: GUILD_MEMBER_ADD goes out.
Response post_member(Call& call) {
    World& world = call.world();
    const auto& body = call.body();
    FormErrors errors;
    const auto guild = errors.snowflake(body, "guild_id", true);
    const auto username = errors.string(body, "username", 2, 32, false);
    const auto user_id = errors.snowflake(body, "user_id", false);
    errors.raise_if_any();
    if (!world.guild(*guild)) throw api_errors::unknown_guild();
    json::object user;
    if (user_id) {
        const auto* existing = world.user(*user_id);
        if (!existing) throw api_errors::unknown_user();
        if (world.member(*guild, *user_id)) throw ApiError(400, 0, "Already a member");
        user = *existing;
    } else {
        const Snowflake id = world.next_id();
        user =
            entities::user(id, username.value_or("newcomer_" + id.to_string().substr(12)), false);
    }
    using std::chrono::system_clock;
    json::object& member = world.add_member(
        *guild, entities::member(user, std::chrono::time_point_cast<std::chrono::milliseconds>(
                                           system_clock::now())));
    json::object data = member;
    data["guild_id"] = guild->to_string();
    call.emit("GUILD_MEMBER_ADD", std::move(data), guild, intents::guild_members);
    return Response::json(200, member);
}

/// A simulated person reacts to a message: MESSAGE_REACTION_ADD goes out.
Response post_reaction(Call& call) {
    World& world = call.world();
    const auto& body = call.body();
    FormErrors errors;
    const auto channel_id = errors.snowflake(body, "channel_id", true);
    const auto message_id = errors.snowflake(body, "message_id", true);
    const auto user_id = errors.snowflake(body, "user_id", false);
    const auto emoji = errors.string(body, "emoji", 1, 64, true);
    errors.raise_if_any();
    const json::object* channel = world.channel(*channel_id);
    if (!channel) throw api_errors::unknown_channel();
    const json::object* message = world.message(*channel_id, *message_id);
    if (!message) throw api_errors::unknown_message();
    const auto user = user_id ? user_id : default_author(world, *channel_id);
    if (!user || !world.user(*user)) throw api_errors::unknown_user();
    auto& entry = world.reactions(*message_id)[*emoji];
    entry.emoji = json::object{{"id", nullptr}, {"name", *emoji}};
    if (std::find(entry.users.begin(), entry.users.end(), *user) == entry.users.end()) {
        entry.users.push_back(*user);
    }
    json::object data{{"user_id", user->to_string()},
                      {"channel_id", channel_id->to_string()},
                      {"message_id", message_id->to_string()},
                      {"message_author_id", message->at("author").at("id")},
                      {"emoji", entry.emoji},
                      {"burst", false},
                      {"type", 0}};
    const auto guild = guild_of(*channel);
    if (guild) {
        data["guild_id"] = guild->to_string();
        if (const auto* m = world.member(*guild, *user)) data["member"] = *m;
    }
    call.emit("MESSAGE_REACTION_ADD", std::move(data), guild,
              message_intent(*channel, intents::guild_message_reactions,
                             intents::direct_message_reactions));
    return Response::json(200, json::object{{"reactions", world.reaction_summary(*message_id)}});
}

}  // namespace

void Api::register_control_routes() {
    control_.add("POST", "/members", "", post_member);
    control_.add("POST", "/reactions", "", post_reaction);
    control_.add("POST", "/messages", "", post_message);
    control_.add("POST", "/interactions", "", post_interaction);
    control_.add("POST", "/rest/faults", "", [this](Call& call) {
        const auto& body = call.body();
        FormErrors errors;
        const auto count = errors.integer(body, "count", 0, 1'000'000, true);
        const auto status = errors.integer(body, "status", 429, 503, true);
        if (status && *status != 429 && *status != 500 && *status != 502 && *status != 503) {
            errors.add("status", "BASE_TYPE_CHOICES", "Value must be one of {429, 500, 502, 503}.");
        }
        double retry_after = 1.0;
        if (const auto* r = body.if_contains("retry_after"); r && !r->is_null()) {
            if (!r->is_number() || r->to_number<double>() < 0 || r->to_number<double>() > 86400) {
                errors.add("retry_after", "NUMBER_TYPE_COERCE",
                           "Must be a number of seconds in [0, 86400].");
            } else {
                retry_after = r->to_number<double>();
            }
        }
        const auto global = errors.boolean(body, "global");
        const auto scope = errors.string(body, "scope", 4, 6, false);
        if (scope && *scope != "user" && *scope != "global" && *scope != "shared") {
            errors.add("scope", "BASE_TYPE_CHOICES",
                       "Value must be one of {user, global, shared}.");
        }
        errors.raise_if_any();
        set_fault({static_cast<unsigned>(*count), static_cast<unsigned>(*status), retry_after,
                   global.value_or(false) || scope == "global", scope == "shared"});
        return Response::json(200, json::object{{"pending", *count}, {"status", *status}});
    });
    control_.add("POST", "/rest/limits", "", [this](Call& call) {
        const auto& body = call.body();
        FormErrors errors;
        const auto route = errors.string(body, "route", 1, 200, false);
        const auto bucket = errors.string(body, "bucket", 1, 200, false);
        const auto global = errors.integer(body, "global", 0, 1'000'000, false);
        const auto invalid = errors.integer(body, "invalid_requests", 1, 1'000'000, false);
        const auto limit = errors.integer(body, "limit", 0, 1'000'000, route || bucket);
        double reset_after = 1.0;
        if (const auto* r = body.if_contains("reset_after"); r && !r->is_null()) {
            if (!r->is_number() || r->to_number<double>() <= 0 || r->to_number<double>() > 86400) {
                errors.add("reset_after", "NUMBER_TYPE_COERCE",
                           "Must be a number of seconds in (0, 86400].");
            } else {
                reset_after = r->to_number<double>();
            }
        }
        if (!route && !bucket && !global && !invalid) {
            errors.add("route", "BASE_TYPE_REQUIRED",
                       "One of route, bucket, global or invalid_requests is required");
        }
        std::string group;
        if (route) {
            const Route* r = router_.find(*route);
            if (!r)
                errors.add("route", "UNKNOWN_ROUTE",
                           "No route \"" + *route + "\" (use \"METHOD /pattern\").");
            else
                group = r->group;
        } else if (bucket) {
            if (limiter_.knows(*bucket))
                group = *bucket;
            else if (auto g = limiter_.group_of_hash(*bucket))
                group = *g;
            else {
                bool is_route_group = false;
                for (const auto& r : router_.routes()) is_route_group |= r.group == *bucket;
                if (is_route_group)
                    group = *bucket;
                else
                    errors.add("bucket", "UNKNOWN_BUCKET", "No bucket \"" + *bucket + "\".");
            }
        }
        errors.raise_if_any();
        json::object out;
        if (!group.empty()) {
            limiter_.override_spec(
                group, {static_cast<unsigned>(*limit),
                        std::chrono::milliseconds(static_cast<long long>(reset_after * 1000))});
            limiter_.set_routes_enabled(true);
            out["group"] = group;
            out["bucket"] = RateLimiter::hash_of(group);
            out["limit"] = *limit;
            out["reset_after"] = reset_after;
        }
        if (global) {
            limiter_.set_global_limit(static_cast<unsigned>(*global));
            out["global"] = *global;
        }
        if (invalid) {
            limiter_.set_invalid_limit(static_cast<unsigned>(*invalid));
            out["invalid_requests"] = *invalid;
        }
        return Response::json(200, out);
    });
    control_.add("GET", "/stats", "", [this](Call& call) {
        json::object calls;
        for (const auto& [route, n] : stats_.calls) calls[route] = n;
        json::object rest{{"calls", std::move(calls)},
                          {"total", stats_.total},
                          {"rate_limited", stats_.rate_limited},
                          {"faults_served", stats_.faults_served},
                          {"cloudflare_bans", stats_.cloudflare_bans},
                          {"invalid_requests", limiter_.invalid_count(RateLimiter::Clock::now())},
                          {"pending_faults", fault_.count}};
        // Seconds from the first to the latest authenticated call (0 before two calls).
        rest["span_seconds"] =
            stats_.first_call
                ? std::chrono::duration<double>(*stats_.last_call - *stats_.first_call).count()
                : 0.0;
        json::value gateway;
        try {
            gateway = call.context().gateway().control("stats", {});
        } catch (const std::exception& e) {
            gateway = json::object{{"error", e.what()}};
        }
        return Response::json(200, json::object{{"rest", std::move(rest)},
                                                {"gateway", std::move(gateway)},
                                                {"dispatches", call.context().recent().size()}});
    });
    control_.add("POST", "/stats/reset", "", [this](Call&) {
        stats_ = Stats{};
        return Response::json(200, json::object{{"reset", true}});
    });
    control_.add("GET", "/dispatches", "", [](Call& call) {
        json::array out;
        for (const auto& d : call.context().recent()) {
            out.push_back(
                json::object{{"t", d.event},
                             {"d", d.data},
                             {"guild_id", d.guild_id ? json::value(d.guild_id->to_string())
                                                     : json::value(nullptr)},
                             {"intents", d.intents}});
        }
        return Response::json(200, out);
    });
    control_.add("GET", "/world", "", [](Call& call) {
        World& world = call.world();
        json::array guilds;
        for (const Snowflake id : world.guild_ids()) {
            json::array channels;
            for (const auto* ch : world.channels(id)) {
                channels.push_back(json::object{
                    {"id", ch->at("id")}, {"name", ch->at("name")}, {"type", ch->at("type")}});
            }
            json::array members;
            for (const auto* m : world.members(id)) members.push_back(m->at("user").at("id"));
            guilds.push_back(json::object{{"id", id.to_string()},
                                          {"name", world.guild(id)->at("name")},
                                          {"channels", std::move(channels)},
                                          {"members", std::move(members)}});
        }
        return Response::json(200,
                              json::object{{"bot", world.bot_user()},
                                           {"application_id", world.application_id().to_string()},
                                           {"guilds", std::move(guilds)}});
    });
    control_.add("GET", "/gateway/stats", "", [](Call& call) {
        return Response::json(200, call.context().gateway().control("stats", {}));
    });
    control_.add("POST", "/gateway/{action}", "", [](Call& call) {
        return Response::json(200,
                              call.context().gateway().control(call.param("action"), call.body()));
    });
}

}  // namespace hikari::sandbox
