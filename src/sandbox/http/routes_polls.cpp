// Polls: ending one early and listing the voters of an answer. Votes are cast through the
// control API (POST /_sandbox/poll-votes).

#include "sandbox/http/guild_feature_support.hpp"
#include "sandbox/http/message_ops.hpp"
#include "sandbox/http/poll_ops.hpp"
#include "sandbox/http/routes.hpp"

#include <boost/json/array.hpp>

#include <chrono>

namespace hikari::sandbox {

namespace json = boost::json;
namespace fi = feature_intents;

namespace {

std::map<Snowflake, json::object>& votes_of(World& world, Snowflake message) {
    return world.entities("poll_votes", message);
}

json::object& poll_message_or_error(Call& call) {
    channel_or_404(call);
    const Snowflake channel = call.id("channel_id");
    json::object& message = message_or_404(call, channel, call.id("message_id"));
    if (!message.contains("poll")) throw ApiError(400, 520006, "Cannot expire a non-poll message");
    return message;
}

bool answer_exists(const json::object& poll, std::int64_t answer) {
    for (const auto& a : poll.at("answers").as_array()) {
        if (a.at("answer_id").to_number<std::int64_t>() == answer) return true;
    }
    return false;
}

/// Recounts the poll's answer_counts from the stored votes.
void tally(World& world, json::object& message, bool finalized) {
    json::object& poll = message["poll"].as_object();
    const Snowflake id = Snowflake::parse(message.at("id").as_string());
    json::array counts;
    for (const auto& a : poll.at("answers").as_array()) {
        const auto answer = a.at("answer_id").to_number<std::int64_t>();
        std::int64_t count = 0;
        bool me = false;
        for (const auto& [user, vote] : votes_of(world, id)) {
            for (const auto& v : vote.at("answer_ids").as_array()) {
                if (v.to_number<std::int64_t>() == answer) {
                    ++count;
                    me = me || user == world.bot_id();
                }
            }
        }
        counts.push_back(json::object{{"id", answer}, {"count", count}, {"me_voted", me}});
    }
    poll["results"] =
        json::object{{"is_finalized", finalized}, {"answer_counts", std::move(counts)}};
}

}  // namespace

json::object build_poll(const json::value& request) {
    FormErrors errors;
    if (!request.is_object()) {
        raise_field_error("poll", "MODEL_TYPE_CONVERT",
                          "Only dictionaries may be used in a ModelType");
    }
    const json::object& body = request.get_object();
    const auto* question = body.if_contains("question");
    if (!question || !question->is_object()) {
        errors.add("poll.question", "BASE_TYPE_REQUIRED", "This field is required");
    } else {
        errors.string(question->get_object(), "text", 1, 300, true, "poll.question");
    }
    const auto* answers = body.if_contains("answers");
    if (!answers || !answers->is_array() || answers->get_array().empty() ||
        answers->get_array().size() > 10) {
        errors.add("poll.answers", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 10 in length.");
    }
    const auto hours = errors.integer(body, "duration", 1, 768, false, "poll").value_or(24);
    const auto multiselect = errors.boolean(body, "allow_multiselect", "poll").value_or(false);
    errors.integer(body, "layout_type", 1, 1, false, "poll");
    json::array stored_answers;
    if (answers && answers->is_array()) {
        std::int64_t index = 0;
        for (const auto& a : answers->get_array()) {
            const std::string prefix = "poll.answers." + std::to_string(index++);
            const auto* media = a.is_object() ? a.get_object().if_contains("poll_media") : nullptr;
            if (!media || !media->is_object()) {
                errors.add(prefix + ".poll_media", "BASE_TYPE_REQUIRED", "This field is required");
                continue;
            }
            errors.string(media->get_object(), "text", 1, 55, true, prefix + ".poll_media");
            stored_answers.push_back(json::object{{"answer_id", index}, {"poll_media", *media}});
        }
    }
    errors.raise_if_any();
    const auto expiry = std::chrono::time_point_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now() + std::chrono::hours(hours));
    return json::object{
        {"question", *question},
        {"answers", std::move(stored_answers)},
        {"expiry", World::iso_timestamp(expiry)},
        {"allow_multiselect", multiselect},
        {"layout_type", 1},
        {"results", json::object{{"is_finalized", false}, {"answer_counts", json::array{}}}}};
}

void add_poll_routes(Router& router) {
    router.add("POST", "/channels/{channel_id}/polls/{message_id}/expire", "polls", [](Call& call) {
        json::object& message = poll_message_or_error(call);
        World& world = call.world();
        if (message.at("author").at("id") != json::value(world.bot_id().to_string())) {
            throw api_errors::missing_permissions();
        }
        json::object& poll = message["poll"].as_object();
        if (poll.at("results").at("is_finalized").as_bool()) {
            throw ApiError(400, 520001, "Poll expired");
        }
        poll["expiry"] = now_timestamp();
        tally(world, message, true);
        announce_message(call, "MESSAGE_UPDATE", message);
        return Response::json(200, message);
    });
    router.add("GET", "/channels/{channel_id}/polls/{message_id}/answers/{answer_id}", "",
               [](Call& call) {
                   const json::object& message = poll_message_or_error(call);
                   const Snowflake answer_param = call.id("answer_id");
                   const auto answer = static_cast<std::int64_t>(answer_param.value());
                   if (!answer_exists(message.at("poll").as_object(), answer)) {
                       raise_field_error("answer_id", "NUMBER_TYPE_COERCE", "Unknown answer.");
                   }
                   const auto limit = static_cast<std::size_t>(call.query_int("limit", 1, 100, 25));
                   const auto after = call.query_id("after");
                   World& world = call.world();
                   json::array users;
                   const Snowflake id = Snowflake::parse(message.at("id").as_string());
                   for (const auto& [user, vote] : votes_of(world, id)) {
                       if (after && user <= *after) continue;
                       if (users.size() >= limit) break;
                       for (const auto& v : vote.at("answer_ids").as_array()) {
                           if (v.to_number<std::int64_t>() == answer) {
                               if (const auto* u = world.user(user)) users.push_back(*u);
                           }
                       }
                   }
                   return Response::json(200, json::object{{"users", std::move(users)}});
               });
}

/// POST /_sandbox/poll-votes {channel_id, message_id, user_id, answer_ids}: a user votes,
/// with MESSAGE_POLL_VOTE_ADD per answer.
Response control_cast_vote(Call& call) {
    World& world = call.world();
    const json::object& body = call.body();
    FormErrors errors;
    const auto channel = errors.snowflake(body, "channel_id", true);
    const auto message_id = errors.snowflake(body, "message_id", true);
    const auto user = errors.snowflake(body, "user_id", true);
    const auto* answers = body.if_contains("answer_ids");
    if (!answers || !answers->is_array() || answers->get_array().empty()) {
        errors.add("answer_ids", "BASE_TYPE_REQUIRED", "This field is required");
    }
    errors.raise_if_any();
    json::object* message = world.message(*channel, *message_id);
    if (!message) throw api_errors::unknown_message();
    if (!message->contains("poll")) throw ApiError(400, 520006, "Cannot expire a non-poll message");
    if (!world.user(*user)) throw api_errors::unknown_user();
    const json::object& poll = message->at("poll").as_object();
    if (poll.at("results").at("is_finalized").as_bool())
        throw ApiError(400, 520001, "Poll expired");
    if (!poll.at("allow_multiselect").as_bool() && answers->get_array().size() > 1) {
        throw ApiError(400, 520000, "Poll voting blocked");
    }
    for (const auto& a : answers->get_array()) {
        if (!a.is_int64() || !answer_exists(poll, a.as_int64())) {
            raise_field_error("answer_ids", "NUMBER_TYPE_COERCE", "Unknown answer.");
        }
    }
    votes_of(world, *message_id)[*user] = json::object{{"answer_ids", *answers}};
    tally(world, *message, false);
    const auto guild = world.guild_of_channel(*channel);
    for (const auto& a : answers->get_array()) {
        json::object event{{"user_id", user->to_string()},
                           {"channel_id", channel->to_string()},
                           {"message_id", message_id->to_string()},
                           {"answer_id", a}};
        if (guild) event["guild_id"] = guild->to_string();
        call.emit("MESSAGE_POLL_VOTE_ADD", std::move(event), guild, fi::guild_message_polls);
    }
    return Response::json(200, *message);
}

}  // namespace hikari::sandbox
