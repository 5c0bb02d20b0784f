// GET /guilds/{guild_id}/messages/search (message.mdx "Search Guild Messages"): every message
// of the guild's channels and threads filtered by the documented parameters, sorted by time
// (relevance ties, since every content word must match), and cut to a page by offset and
// limit. The answer nests each message in an array of its own, as Discord now does, and
// leaves reactions out. Words match as substrings (slop is checked, not used); a 202 "index
// not ready" comes only when the control API asks for it (search_index.hpp). The message
// content intent, which Discord requires for content searches, is not checked.

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/guild_feature_support.hpp"
#include "sandbox/http/guild_permissions.hpp"
#include "sandbox/http/routes.hpp"
#include "sandbox/http/search_index.hpp"
#include "sandbox/http/thread_ops.hpp"

#include <boost/json/array.hpp>

#include <algorithm>
#include <cctype>
#include <functional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace hikari::sandbox {

namespace json = boost::json;

namespace {

constexpr std::uint64_t read_message_history = 1ULL << 16;

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

/// A repeated query parameter, at most `max` values, each passing `valid`.
std::vector<std::string> list(Call& call, const char* key, std::size_t max,
                              const std::function<bool(const std::string&)>& valid) {
    auto values = call.query_all(key);
    if (values.size() > max) {
        raise_field_error(key, "BASE_TYPE_MAX_LENGTH",
                          "Must be " + std::to_string(max) + " or fewer in length.");
    }
    for (const auto& v : values) {
        if (!valid(v)) raise_field_error(key, "BASE_TYPE_CHOICES", "Invalid value \"" + v + "\".");
    }
    return values;
}

std::vector<std::string> ids(Call& call, const char* key, std::size_t max) {
    return list(call, key, max,
                [](const std::string& v) { return Snowflake::try_parse(v).has_value(); });
}

std::function<bool(const std::string&)> one_of(std::initializer_list<std::string_view> choices) {
    std::vector<std::string> allowed(choices.begin(), choices.end());
    return [allowed](const std::string& v) {
        const std::string_view bare = v.starts_with('-') ? std::string_view(v).substr(1) : v;
        return std::find(allowed.begin(), allowed.end(), bare) != allowed.end();
    };
}

bool short_text(const std::string& v) {
    return !v.empty() && v.size() <= 256;
}

std::string text_of(const json::object& o, const char* key) {
    const auto* v = o.if_contains(key);
    return v && v->is_string() ? std::string(v->get_string()) : std::string();
}

const json::array& array_of(const json::object& o, const char* key) {
    static const json::array empty;
    const auto* v = o.if_contains(key);
    return v && v->is_array() ? v->get_array() : empty;
}

bool any_id(const json::array& values, const std::vector<std::string>& wanted,
            const char* field = nullptr) {
    for (const auto& v : values) {
        const json::value* id = &v;
        if (field) {
            if (!v.is_object() || !v.get_object().contains(field)) continue;
            id = &v.get_object().at(field);
        }
        if (id->is_string() && std::find(wanted.begin(), wanted.end(),
                                         std::string(id->get_string())) != wanted.end()) {
            return true;
        }
    }
    return false;
}

/// "image", "video", "sound" from an attachment's content type.
bool attachment_kind(const json::object& m, std::string_view kind) {
    const std::string prefix = kind == "sound" ? "audio/" : std::string(kind) + "/";
    return std::any_of(array_of(m, "attachments").begin(), array_of(m, "attachments").end(),
                       [&](const json::value& a) {
                           return a.is_object() &&
                                  text_of(a.get_object(), "content_type").starts_with(prefix);
                       });
}

bool has_thing(const json::object& m, std::string_view thing) {
    if (thing == "file") return !array_of(m, "attachments").empty();
    if (thing == "image" || thing == "video" || thing == "sound") return attachment_kind(m, thing);
    if (thing == "embed") return !array_of(m, "embeds").empty();
    if (thing == "sticker") return !array_of(m, "sticker_items").empty();
    if (thing == "poll") return m.contains("poll") && !m.at("poll").is_null();
    if (thing == "snapshot") return !array_of(m, "message_snapshots").empty();
    // link
    const std::string content = text_of(m, "content");
    return content.find("http://") != std::string::npos ||
           content.find("https://") != std::string::npos;
}

/// Each value of a has/author_type list must hold (or, with a leading '-', must not).
bool all_match(const std::vector<std::string>& values,
               const std::function<bool(std::string_view)>& test) {
    return std::all_of(values.begin(), values.end(), [&](const std::string& v) {
        return v.starts_with('-') ? !test(std::string_view(v).substr(1)) : test(v);
    });
}

std::string author_type(const json::object& m) {
    if (m.contains("webhook_id") && !m.at("webhook_id").is_null()) return "webhook";
    const auto& author = m.at("author").as_object();
    return author.contains("bot") && author.at("bot") == json::value(true) ? "bot" : "user";
}

/// Host names of the http(s) links in a text.
std::vector<std::string> link_hosts(const std::string& content) {
    std::vector<std::string> out;
    for (std::size_t at = content.find("://"); at != std::string::npos;
         at = content.find("://", at + 3)) {
        const std::size_t start = at + 3;
        const std::size_t end = content.find_first_of("/?# \n>", start);
        out.push_back(lower(content.substr(start, end == std::string::npos ? end : end - start)));
    }
    return out;
}

std::string extension_of(const std::string& filename) {
    const auto dot = filename.rfind('.');
    return dot == std::string::npos ? std::string() : lower(filename.substr(dot + 1));
}

Response search(Call& call) {
    const Snowflake guild = guild_or_404(call);
    require_bot_permission(call, guild, read_message_history);
    if (auto pending = index_not_ready(call, guild)) return std::move(*pending);
    World& world = call.world();

    const auto content = call.query("content");
    if (content && content->size() > 1024) {
        raise_field_error("content", "BASE_TYPE_BAD_LENGTH", "Must be 1024 or fewer in length.");
    }
    static_cast<void>(call.query_int("slop", 0, 100, 2));
    const auto limit = static_cast<std::size_t>(call.query_int("limit", 1, 25, 25));
    const auto offset = static_cast<std::size_t>(call.query_int("offset", 0, 9975, 0));
    const auto min_id = call.query_id("min_id");
    const auto max_id = call.query_id("max_id");
    const auto channel_ids = ids(call, "channel_id", 500);
    const auto author_types = list(call, "author_type", 100, one_of({"user", "bot", "webhook"}));
    const auto author_ids = ids(call, "author_id", 100);
    const auto mentions = ids(call, "mentions", 100);
    const auto role_mentions = ids(call, "mentions_role_id", 100);
    const auto replied_users = ids(call, "replied_to_user_id", 100);
    const auto replied_messages = ids(call, "replied_to_message_id", 100);
    const auto has = list(call, "has", 100,
                          one_of({"image", "sound", "video", "file", "sticker", "embed", "link",
                                  "poll", "snapshot"}));
    const auto embed_types =
        list(call, "embed_type", 100, one_of({"image", "video", "gif", "sound", "article"}));
    const auto providers = list(call, "embed_provider", 100, short_text);
    const auto hosts = list(call, "link_hostname", 100, short_text);
    const auto filenames = list(call, "attachment_filename", 100, [](const std::string& v) {
        return !v.empty() && v.size() <= 1024;
    });
    const auto extensions = list(call, "attachment_extension", 100, short_text);
    auto flag = [&](const char* key) {
        return call.query(key) ? std::optional<bool>(call.query_bool(key)) : std::nullopt;
    };
    const auto mention_everyone = flag("mention_everyone");
    const auto pinned = flag("pinned");
    const bool include_nsfw = call.query_bool("include_nsfw");
    const std::string sort_by = call.query("sort_by").value_or("timestamp");
    if (sort_by != "timestamp" && sort_by != "relevance") {
        raise_field_error("sort_by", "BASE_TYPE_CHOICES",
                          "Value must be one of {timestamp, relevance}.");
    }
    const std::string order = call.query("sort_order").value_or("desc");
    if (order != "asc" && order != "desc") {
        raise_field_error("sort_order", "BASE_TYPE_CHOICES", "Value must be one of {asc, desc}.");
    }

    std::vector<std::string> words;
    if (content) {
        std::istringstream in(lower(*content));
        for (std::string w; in >> w;) words.push_back(w);
    }
    // Every channel and thread of the guild that holds messages.
    std::vector<const json::object*> channels = world.channels(guild);
    for (const auto* t : world.threads(guild)) channels.push_back(t);

    struct Hit {
        const json::object* message;
        std::size_t relevance;
        Snowflake id;
    };
    std::vector<Hit> hits;
    for (const auto* channel : channels) {
        const std::string channel_id(channel->at("id").as_string());
        if (!channel_ids.empty() &&
            std::find(channel_ids.begin(), channel_ids.end(), channel_id) == channel_ids.end()) {
            continue;
        }
        if (!include_nsfw && channel->contains("nsfw") &&
            channel->at("nsfw") == json::value(true)) {
            continue;
        }
        for (const auto& [id, m] : world.messages(Snowflake::parse(channel_id))) {
            if ((min_id && id <= *min_id) || (max_id && id >= *max_id)) continue;
            const std::string text = lower(text_of(m, "content"));
            const auto matched = static_cast<std::size_t>(std::count_if(
                words.begin(), words.end(),
                [&](const std::string& w) { return text.find(w) != std::string::npos; }));
            if (matched < words.size()) continue;
            if (!all_match(author_types, [&](std::string_view t) { return author_type(m) == t; })) {
                continue;
            }
            if (!author_ids.empty() && !any_id(json::array{m.at("author").at("id")}, author_ids)) {
                continue;
            }
            if (!mentions.empty() && !any_id(array_of(m, "mentions"), mentions, "id")) continue;
            if (!role_mentions.empty() && !any_id(array_of(m, "mention_roles"), role_mentions)) {
                continue;
            }
            if (mention_everyone &&
                (m.contains("mention_everyone") && m.at("mention_everyone") == json::value(true)) !=
                    *mention_everyone) {
                continue;
            }
            if (pinned &&
                (m.contains("pinned") && m.at("pinned") == json::value(true)) != *pinned) {
                continue;
            }
            const auto* ref = m.if_contains("message_reference");
            if (!replied_messages.empty() &&
                !(ref && ref->is_object() &&
                  any_id(json::array{ref->get_object().contains("message_id")
                                         ? ref->get_object().at("message_id")
                                         : json::value(nullptr)},
                         replied_messages))) {
                continue;
            }
            const auto* replied = m.if_contains("referenced_message");
            if (!replied_users.empty() &&
                !(replied && replied->is_object() &&
                  any_id(json::array{replied->get_object().at("author").at("id")},
                         replied_users))) {
                continue;
            }
            if (!all_match(has, [&](std::string_view thing) { return has_thing(m, thing); })) {
                continue;
            }
            const auto& embeds = array_of(m, "embeds");
            if (!all_match(embed_types, [&](std::string_view t) {
                    const std::string wanted = t == "gif" ? "gifv" : std::string(t);
                    return std::any_of(embeds.begin(), embeds.end(), [&](const json::value& e) {
                        return e.is_object() && text_of(e.get_object(), "type") == wanted;
                    });
                })) {
                continue;
            }
            if (!providers.empty() &&
                std::none_of(embeds.begin(), embeds.end(), [&](const json::value& e) {
                    const auto* p =
                        e.is_object() ? e.get_object().if_contains("provider") : nullptr;
                    return p && p->is_object() &&
                           std::find(providers.begin(), providers.end(),
                                     text_of(p->get_object(), "name")) != providers.end();
                })) {
                continue;
            }
            if (!hosts.empty()) {
                const auto found = link_hosts(text_of(m, "content"));
                if (std::none_of(found.begin(), found.end(), [&](const std::string& h) {
                        return std::any_of(hosts.begin(), hosts.end(),
                                           [&](const std::string& w) { return lower(w) == h; });
                    })) {
                    continue;
                }
            }
            const auto& attachments = array_of(m, "attachments");
            auto any_attachment = [&](const std::function<bool(const std::string&)>& test) {
                return std::any_of(
                    attachments.begin(), attachments.end(), [&](const json::value& a) {
                        return a.is_object() && test(text_of(a.get_object(), "filename"));
                    });
            };
            if (!filenames.empty() && !any_attachment([&](const std::string& name) {
                    return std::find(filenames.begin(), filenames.end(), name) != filenames.end();
                })) {
                continue;
            }
            if (!extensions.empty() && !any_attachment([&](const std::string& name) {
                    return std::any_of(
                        extensions.begin(), extensions.end(),
                        [&](const std::string& e) { return lower(e) == extension_of(name); });
                })) {
                continue;
            }
            hits.push_back({&m, matched, id});
        }
    }
    const bool ascending = order == "asc" && sort_by != "relevance";
    std::sort(hits.begin(), hits.end(), [&](const Hit& a, const Hit& b) {
        if (sort_by == "relevance" && a.relevance != b.relevance) return a.relevance > b.relevance;
        return ascending ? a.id < b.id : a.id > b.id;
    });

    json::array messages;
    json::array threads;
    json::array members;
    std::set<std::string> seen_threads;
    for (std::size_t i = offset; i < hits.size() && i < offset + limit; ++i) {
        json::object m = *hits[i].message;
        m.erase("reactions");
        const std::string channel_id(m.at("channel_id").as_string());
        if (const auto* ch = world.channel(Snowflake::parse(channel_id));
            ch && is_thread(*ch) && seen_threads.insert(channel_id).second) {
            threads.push_back(*ch);
            auto& joined = thread_members(world, Snowflake::parse(channel_id));
            if (auto it = joined.find(world.bot_id()); it != joined.end()) {
                members.push_back(it->second);
            }
        }
        messages.push_back(json::array{std::move(m)});
    }
    return Response::json(200, json::object{{"doing_deep_historical_index", false},
                                            {"total_results", hits.size()},
                                            {"messages", std::move(messages)},
                                            {"threads", std::move(threads)},
                                            {"members", std::move(members)}});
}

}  // namespace

void add_message_search_routes(Router& router) {
    router.add("GET", "/guilds/{guild_id}/messages/search", "", search);
}

}  // namespace hikari::sandbox
