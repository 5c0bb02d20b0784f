// GET /channels/{channel_id}/threads/search (openapi.json "thread_search"): the threads of a
// channel filtered by name words, id range, tags and archived state, sorted, and cut to a
// page by offset and limit. A 202 "index not ready" comes only when the control API asks for
// it (search_index.hpp).

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/guild_feature_support.hpp"
#include "sandbox/http/message_ops.hpp"
#include "sandbox/http/routes.hpp"
#include "sandbox/http/search_index.hpp"
#include "sandbox/http/thread_ops.hpp"

#include <boost/json/array.hpp>

#include <algorithm>
#include <cctype>
#include <sstream>
#include <string>
#include <vector>

namespace hikari::sandbox {

namespace json = boost::json;

namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

/// How many of the query's words the name contains (case-insensitive).
std::size_t matched_words(const std::vector<std::string>& words, const std::string& name) {
    const std::string haystack = lower(name);
    return static_cast<std::size_t>(std::count_if(words.begin(), words.end(), [&](const auto& w) {
        return haystack.find(w) != std::string::npos;
    }));
}

/// A string query parameter that must be one of `choices`.
std::optional<std::string> choice(Call& call, const char* name,
                                  std::initializer_list<std::string_view> choices) {
    const auto value = call.query(name);
    if (!value) return std::nullopt;
    if (std::find(choices.begin(), choices.end(), *value) == choices.end()) {
        raise_field_error(name, "BASE_TYPE_CHOICES", "Value must be one of the listed choices.");
    }
    return value;
}

Snowflake id_of(const json::object& channel) {
    return Snowflake::parse(channel.at("id").as_string());
}

bool has_tag(const json::object& thread, std::string_view tag) {
    const auto* tags = thread.if_contains("applied_tags");
    if (!tags || !tags->is_array()) return false;
    return std::any_of(
        tags->get_array().begin(), tags->get_array().end(),
        [&](const json::value& t) { return t.is_string() && t.get_string() == tag; });
}

Response search(Call& call) {
    const json::object& parent = channel_or_404(call);
    const int type = channel_type(parent);
    if (type != 0 && type != 5 && type != 15 && type != 16) {
        throw ApiError(400, 50024, "Cannot execute action on this channel type");
    }
    if (auto pending = index_not_ready(call, call.id("channel_id"))) return std::move(*pending);
    const auto name = call.query("name");
    if (name && name->size() > 100) {
        raise_field_error("name", "BASE_TYPE_BAD_LENGTH", "Must be between 0 and 100 in length.");
    }
    // Phrase slop: validated, not used by this simple word match.
    static_cast<void>(call.query_int("slop", 0, 100, 2));
    const auto min_id = call.query_id("min_id");
    const auto max_id = call.query_id("max_id");
    const auto tags = call.query_all("tag");
    if (tags.size() > 20) {
        raise_field_error("tag", "BASE_TYPE_MAX_LENGTH", "Must be 20 or fewer in length.");
    }
    for (const auto& t : tags) {
        if (!Snowflake::try_parse(t)) {
            raise_field_error("tag", "NUMBER_TYPE_COERCE", "Value \"" + t + "\" is not snowflake.");
        }
    }
    const bool match_all = choice(call, "tag_setting", {"match_all", "match_some"}) ==
                           std::optional<std::string>("match_all");
    // Two flags, not an optional<bool>: GCC 12 at -O2 calls the optional's value "maybe
    // uninitialized" below and -Werror stops the release build.
    const bool filter_archived = static_cast<bool>(call.query("archived"));
    const bool want_archived = filter_archived && call.query_bool("archived");
    const std::string sort_by =
        choice(call, "sort_by", {"relevance", "creation_time", "last_message_time", "archive_time"})
            .value_or("relevance");
    const bool ascending =
        choice(call, "sort_order", {"asc", "desc"}) == std::optional<std::string>("asc");
    const auto limit = static_cast<std::size_t>(call.query_int("limit", 1, 25, 25));
    const auto offset = static_cast<std::size_t>(call.query_int("offset", 0, 9975, 0));

    std::vector<std::string> words;
    if (name) {
        std::istringstream in(lower(*name));
        for (std::string w; in >> w;) words.push_back(w);
    }
    World& world = call.world();
    struct Hit {
        const json::object* thread;
        std::size_t relevance;
    };
    std::vector<Hit> hits;
    for (const auto* thread : world.threads(*guild_of(parent))) {
        if (thread->at("parent_id") != parent.at("id")) continue;
        const Snowflake id = id_of(*thread);
        if ((min_id && id <= *min_id) || (max_id && id >= *max_id)) continue;
        if (filter_archived &&
            thread->at("thread_metadata").at("archived").as_bool() != want_archived) {
            continue;
        }
        const std::size_t relevance =
            matched_words(words, std::string(thread->at("name").as_string()));
        if (relevance < words.size()) continue;  // every word must match
        if (!tags.empty()) {
            const auto n = static_cast<std::size_t>(std::count_if(
                tags.begin(), tags.end(), [&](const auto& t) { return has_tag(*thread, t); }));
            if (match_all ? n != tags.size() : n == 0) continue;
        }
        hits.push_back({thread, relevance});
    }
    // The sort key as text that orders like the value: ids are zero-padded, timestamps are
    // ISO 8601 in one format.
    auto key = [&](const Hit& h) -> std::string {
        const json::object& t = *h.thread;
        auto padded = [](Snowflake s) {
            std::string text = s.to_string();
            return std::string(20 - text.size(), '0') + text;
        };
        if (sort_by == "creation_time") return padded(id_of(t));
        if (sort_by == "archive_time") {
            return std::string(t.at("thread_metadata").at("archive_timestamp").as_string());
        }
        if (sort_by == "last_message_time") {
            const auto& last = t.at("last_message_id");
            return padded(last.is_string() ? Snowflake::parse(last.as_string()) : id_of(t));
        }
        return std::to_string(1000 + h.relevance) + padded(id_of(t));
    };
    std::stable_sort(hits.begin(), hits.end(), [&](const Hit& a, const Hit& b) {
        const std::string ka = key(a);
        const std::string kb = key(b);
        if (ka != kb) return ascending ? ka < kb : ka > kb;
        return ascending ? id_of(*a.thread) < id_of(*b.thread)
                         : id_of(*a.thread) > id_of(*b.thread);
    });

    json::array threads;
    json::array members;
    json::array first_messages;
    for (std::size_t i = offset; i < hits.size() && i < offset + limit; ++i) {
        const json::object& thread = *hits[i].thread;
        threads.push_back(thread);
        const Snowflake id = id_of(thread);
        auto& m = thread_members(world, id);
        if (auto it = m.find(world.bot_id()); it != m.end()) members.push_back(it->second);
        // A forum or media post's starter message shares the thread's id.
        if (const auto* first = world.message(id, id)) first_messages.push_back(*first);
    }
    return Response::json(200, json::object{{"threads", std::move(threads)},
                                            {"members", std::move(members)},
                                            {"has_more", offset + limit < hits.size()},
                                            {"first_messages", std::move(first_messages)},
                                            {"total_results", hits.size()}});
}

}  // namespace

void add_thread_search_routes(Router& router) {
    router.add("GET", "/channels/{channel_id}/threads/search", "", search);
}

}  // namespace hikari::sandbox
