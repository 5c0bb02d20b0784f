// Threads: starting them, membership, the active and archived lists, and search.

#include "rest/client/endpoint_helpers.hpp"
#include "rest/client/json_fields.hpp"
#include "rest/client/message_body.hpp"

namespace hikari {

using namespace rest;

namespace {

constexpr int page_size = 100;

void check_name(const std::string& name) {
    if (name.empty() || name.size() > 100) {
        throw ValueError("a thread name must be 1 to 100 characters");
    }
}

void write_start_fields(JsonWriter& w, const ThreadStartOptions& o) {
    w.key("name").string(o.name);
    put(w, "auto_archive_duration", o.auto_archive_duration, write_int<std::int32_t>);
    put(w, "rate_limit_per_user", o.rate_limit_per_user, write_int<std::int32_t>);
}

struct ArchivedCursor {
    std::optional<std::string> before;
    bool more = true;
};

Task<std::vector<Channel>> archived_page(std::shared_ptr<RESTClient::Impl> impl, const Route* route,
                                         Snowflake channel, std::shared_ptr<ArchivedCursor> cursor,
                                         bool by_id) {
    if (!cursor->more) co_return std::vector<Channel>{};
    auto s = spec(*route, {channel});
    s.query.emplace_back("limit", std::to_string(page_size));
    if (cursor->before) s.query.emplace_back("before", *cursor->before);
    auto response = co_await impl->request(std::move(s));
    const JsonFields fields(response.body);
    auto page = parse_list<Channel>(fields.at("threads"));
    cursor->more = fields.flag("has_more") && !page.empty();
    if (!page.empty()) {
        // Joined private threads page by thread id, the others by archive time.
        const Channel& last = page.back();
        if (by_id) {
            cursor->before = id(last.id);
        } else if (last.thread_metadata) {
            cursor->before = format_iso8601(last.thread_metadata->archive_timestamp);
        } else {
            throw ParseError("an archived thread in the response has no thread_metadata");
        }
    }
    co_return page;
}

Task<std::vector<ThreadMember>> thread_members_page(std::shared_ptr<RESTClient::Impl> impl,
                                                    Snowflake thread, bool with_member,
                                                    std::shared_ptr<ArchivedCursor> cursor) {
    if (!cursor->more) co_return std::vector<ThreadMember>{};
    auto s = spec(routes::get_thread_members, {thread});
    if (with_member) {
        s.query.emplace_back("with_member", "true");
        s.query.emplace_back("limit", std::to_string(page_size));
        if (cursor->before) s.query.emplace_back("after", *cursor->before);
    }
    auto response = co_await impl->request(std::move(s));
    auto page = parse_list<ThreadMember>(response.body);
    // Without with_member Discord sends everything at once; with it, a short page is the last.
    cursor->more = with_member && page.size() == static_cast<std::size_t>(page_size);
    if (!page.empty() && page.back().user_id) cursor->before = id(*page.back().user_id);
    co_return page;
}

}  // namespace

// Options by value as everywhere in RESTClient: a method may become a coroutine.
Task<Channel> RESTClient::start_thread_from_message(
    Snowflake channel, Snowflake message,
    ThreadStartOptions o,  // NOLINT(performance-unnecessary-value-param)
    std::optional<std::string> reason) {
    check_name(o.name);
    JsonWriter w;
    w.begin_object();
    write_start_fields(w, o);
    w.end_object();
    return impl_->request_model<Channel>(
        with_body(spec(routes::post_message_threads, {channel, message}, std::move(reason)),
                  json_body(std::move(w))));
}

Task<Channel> RESTClient::start_thread(Snowflake channel, ThreadStartOptions o,
                                       std::optional<std::string> reason) {
    check_name(o.name);
    JsonWriter w;
    w.begin_object();
    write_start_fields(w, o);
    // Sent always: API v9 defaulted a missing type to private.
    w.key("type").number(static_cast<std::int64_t>(o.type ? *o.type : ChannelType::public_thread));
    put(w, "invitable", o.invitable, write_bool);
    w.end_object();
    return impl_->request_model<Channel>(with_body(
        spec(routes::post_threads, {channel}, std::move(reason)), json_body(std::move(w))));
}

Task<Channel> RESTClient::create_forum_post(Snowflake channel, ForumPostOptions o,
                                            std::optional<std::string> reason) {
    check_name(o.name);
    auto body = forum_post_body(
        [&o](JsonWriter& w) {
            w.key("name").string(o.name);
            put(w, "auto_archive_duration", o.auto_archive_duration, write_int<std::int32_t>);
            put(w, "rate_limit_per_user", o.rate_limit_per_user, write_int<std::int32_t>);
            put(w, "applied_tags", o.applied_tags, write_ids);
        },
        o.message);
    return impl_->request_model<Channel>(
        with_body(spec(routes::post_threads, {channel}, std::move(reason)), std::move(body)));
}

Task<void> RESTClient::join_thread(Snowflake thread) {
    auto request_spec = spec(routes::put_my_thread_member, {thread});
    co_await impl_->request(std::move(request_spec));
}

Task<void> RESTClient::leave_thread(Snowflake thread) {
    auto request_spec = spec(routes::delete_my_thread_member, {thread});
    co_await impl_->request(std::move(request_spec));
}

Task<void> RESTClient::add_thread_member(Snowflake thread, Snowflake user) {
    auto request_spec = spec(routes::put_thread_member, {thread, user});
    co_await impl_->request(std::move(request_spec));
}

Task<void> RESTClient::remove_thread_member(Snowflake thread, Snowflake user) {
    auto request_spec = spec(routes::delete_thread_member, {thread, user});
    co_await impl_->request(std::move(request_spec));
}

Task<ThreadMember> RESTClient::fetch_thread_member(Snowflake thread, Snowflake user,
                                                   bool with_member) {
    auto s = spec(routes::get_thread_member, {thread, user});
    if (with_member) s.query.emplace_back("with_member", "true");
    return impl_->request_model<ThreadMember>(std::move(s));
}

Paginator<ThreadMember> RESTClient::fetch_thread_members(Snowflake thread, bool with_member) {
    auto cursor = std::make_shared<ArchivedCursor>();
    return Paginator<ThreadMember>([impl = impl_, thread, with_member, cursor] {
        return thread_members_page(impl, thread, with_member, cursor);
    });
}

Task<ThreadList> RESTClient::fetch_active_threads(Snowflake guild) {
    auto request_spec = spec(routes::get_active_threads, {guild});
    auto response = co_await impl_->request(std::move(request_spec));
    const JsonFields fields(response.body);
    ThreadList out;
    out.threads = parse_list<Channel>(fields.at("threads"));
    out.members = parse_list<ThreadMember>(fields.at("members"));
    co_return out;
}

Paginator<Channel> RESTClient::fetch_archived_threads(Snowflake channel, ArchivedThreads which,
                                                      std::optional<Timestamp> before) {
    const Route* route = &routes::get_public_archived_threads;
    if (which == ArchivedThreads::private_) route = &routes::get_private_archived_threads;
    const bool by_id = which == ArchivedThreads::joined_private_;
    if (by_id) route = &routes::get_joined_private_archived_threads;
    auto cursor = std::make_shared<ArchivedCursor>();
    if (before) {
        // Joined private threads page by id: the first id of that time stands in.
        cursor->before =
            by_id ? id(Snowflake::min_for(
                        std::chrono::time_point_cast<std::chrono::milliseconds>(*before)))
                  : format_iso8601(*before);
    }
    return Paginator<Channel>([impl = impl_, route, channel, cursor, by_id] {
        return archived_page(impl, route, channel, cursor, by_id);
    });
}

Task<ThreadSearchResult> RESTClient::search_threads(Snowflake channel, ThreadSearchOptions o) {
    if (o.name && o.name->size() > 100)
        throw ValueError("a thread search name has at most 100 characters");
    if (o.slop && (*o.slop < 0 || *o.slop > 100)) throw ValueError("slop must be 0 to 100");
    if (o.tags.size() > 20) throw ValueError("a thread search takes at most 20 tags");
    if (o.limit && (*o.limit < 1 || *o.limit > 25)) throw ValueError("limit must be 1 to 25");
    if (o.offset && (*o.offset < 0 || *o.offset > 9975))
        throw ValueError("offset must be 0 to 9975");
    auto s = spec(routes::get_thread_search, {channel});
    if (o.name) s.query.emplace_back("name", *o.name);
    if (o.slop) s.query.emplace_back("slop", std::to_string(*o.slop));
    if (o.min_id) s.query.emplace_back("min_id", id(*o.min_id));
    if (o.max_id) s.query.emplace_back("max_id", id(*o.max_id));
    for (const Snowflake tag : o.tags) s.query.emplace_back("tag", id(tag));
    if (o.tag_setting) {
        s.query.emplace_back("tag_setting",
                             *o.tag_setting == ThreadTagMatch::all ? "match_all" : "match_some");
    }
    if (o.archived) s.query.emplace_back("archived", *o.archived ? "true" : "false");
    if (o.sort_by) {
        static constexpr const char* names[] = {"relevance", "creation_time", "last_message_time",
                                                "archive_time"};
        s.query.emplace_back("sort_by", names[static_cast<std::size_t>(*o.sort_by)]);
    }
    if (o.ascending) s.query.emplace_back("sort_order", *o.ascending ? "asc" : "desc");
    if (o.limit) s.query.emplace_back("limit", std::to_string(*o.limit));
    if (o.offset) s.query.emplace_back("offset", std::to_string(*o.offset));
    auto response = co_await impl_->request(std::move(s));
    const JsonFields fields(response.body);
    ThreadSearchResult out;
    if (response.status == 202) {
        // {"message", "code", "documents_indexed", "retry_after"}: the index is being built.
        out.retry_after = std::chrono::seconds(fields.integer("retry_after"));
        co_return out;
    }
    out.threads = parse_list<Channel>(fields.at("threads"));
    out.members = parse_list<ThreadMember>(fields.at("members"));
    if (fields.contains("first_messages")) {
        out.first_messages = parse_list<Message>(fields.at("first_messages"));
    }
    out.has_more = fields.flag("has_more");
    out.total_results = fields.integer("total_results");
    co_return out;
}

}  // namespace hikari
