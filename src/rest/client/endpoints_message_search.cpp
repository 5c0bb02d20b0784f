// Guild message search (GET /guilds/{id}/messages/search): the query string from
// MessageSearchOptions, and the answer's nested message arrays flattened.

#include "rest/client/endpoint_helpers.hpp"
#include "rest/client/json_fields.hpp"

#include <string_view>

namespace hikari {

using namespace rest;

namespace {

void check_count(std::size_t size, std::size_t max, std::string_view what) {
    if (size > max) {
        throw ValueError(std::string(what) + ": at most " + std::to_string(max) + " values");
    }
}

void add_ids(RequestSpec& s, const char* key, const std::vector<Snowflake>& ids, std::size_t max) {
    check_count(ids.size(), max, key);
    for (const Snowflake v : ids) s.query.emplace_back(key, id(v));
}

void add_strings(RequestSpec& s, const char* key, const std::vector<std::string>& values) {
    check_count(values.size(), 100, key);
    for (const auto& v : values) s.query.emplace_back(key, v);
}

void add_bool(RequestSpec& s, const char* key, std::optional<bool> value) {
    if (value) s.query.emplace_back(key, *value ? "true" : "false");
}

RequestSpec search_spec(Snowflake guild, const MessageSearchOptions& o) {
    if (o.content && o.content->size() > 1024) {
        throw ValueError("search content has at most 1024 characters");
    }
    if (o.slop && (*o.slop < 0 || *o.slop > 100)) throw ValueError("slop must be 0 to 100");
    if (o.limit && (*o.limit < 1 || *o.limit > 25)) throw ValueError("limit must be 1 to 25");
    if (o.offset && (*o.offset < 0 || *o.offset > 9975)) {
        throw ValueError("offset must be 0 to 9975");
    }
    auto s = spec(routes::get_guild_message_search, {guild});
    if (o.content) s.query.emplace_back("content", *o.content);
    if (o.slop) s.query.emplace_back("slop", std::to_string(*o.slop));
    add_ids(s, "channel_id", o.channel_ids, 500);
    add_strings(s, "author_type", o.author_types);
    add_ids(s, "author_id", o.author_ids, 100);
    add_ids(s, "mentions", o.mentions, 100);
    add_ids(s, "mentions_role_id", o.mentions_role_ids, 100);
    add_bool(s, "mention_everyone", o.mention_everyone);
    add_ids(s, "replied_to_user_id", o.replied_to_user_ids, 100);
    add_ids(s, "replied_to_message_id", o.replied_to_message_ids, 100);
    add_bool(s, "pinned", o.pinned);
    add_strings(s, "has", o.has);
    add_strings(s, "embed_type", o.embed_types);
    add_strings(s, "embed_provider", o.embed_providers);
    add_strings(s, "link_hostname", o.link_hostnames);
    add_strings(s, "attachment_filename", o.attachment_filenames);
    add_strings(s, "attachment_extension", o.attachment_extensions);
    if (o.min_id) s.query.emplace_back("min_id", id(*o.min_id));
    if (o.max_id) s.query.emplace_back("max_id", id(*o.max_id));
    if (o.sort_by) {
        s.query.emplace_back("sort_by",
                             *o.sort_by == MessageSortBy::relevance ? "relevance" : "timestamp");
    }
    if (o.ascending) s.query.emplace_back("sort_order", *o.ascending ? "asc" : "desc");
    add_bool(s, "include_nsfw", o.include_nsfw);
    if (o.limit) s.query.emplace_back("limit", std::to_string(*o.limit));
    if (o.offset) s.query.emplace_back("offset", std::to_string(*o.offset));
    return s;
}

}  // namespace

Task<MessageSearchResult> RESTClient::search_guild_messages(Snowflake guild,
                                                            MessageSearchOptions options) {
    auto request_spec = search_spec(guild, options);
    auto response = co_await impl_->request(std::move(request_spec));
    const JsonFields fields(response.body);
    MessageSearchResult out;
    if (fields.contains("documents_indexed"))
        out.documents_indexed = fields.integer("documents_indexed");
    if (response.status == 202) {
        // {"message", "code": 110000, "documents_indexed", "retry_after"}: not indexed yet.
        out.retry_after = std::chrono::seconds(fields.integer("retry_after"));
        co_return out;
    }
    // Each element was once a message with its context; now it is a one-message array.
    const JsonArray groups(fields.at("messages"));
    for (const auto group : groups.elements()) {
        for (auto& m : parse_list<Message>(group)) out.messages.push_back(std::move(m));
    }
    if (fields.contains("threads")) out.threads = parse_list<Channel>(fields.at("threads"));
    if (fields.contains("members")) out.members = parse_list<ThreadMember>(fields.at("members"));
    out.total_results = fields.integer("total_results");
    out.doing_deep_historical_index = fields.flag("doing_deep_historical_index");
    co_return out;
}

}  // namespace hikari
