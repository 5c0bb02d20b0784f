// Messages and reactions.

#include "rest/client/endpoint_helpers.hpp"
#include "rest/client/message_body.hpp"

#include <algorithm>

namespace hikari {

using namespace rest;

namespace {

constexpr std::size_t bulk_max = 100;
constexpr int page_size = 100;

Task<std::vector<Message>> messages_page(std::shared_ptr<RESTClient::Impl> impl, Snowflake channel,
                                         std::shared_ptr<MessagesFrom> cursor) {
    auto s = spec(routes::get_channel_messages, {channel});
    s.query.emplace_back("limit", std::to_string(page_size));
    const bool forward = cursor->after.has_value();
    if (forward) {
        s.query.emplace_back("after", id(*cursor->after));
    } else if (cursor->before) {
        s.query.emplace_back("before", id(*cursor->before));
    }
    auto response = co_await impl->request(std::move(s));
    auto page = parse_list<Message>(response.body);
    // Newest first going back; oldest first going forward, whatever order the page came in.
    std::sort(page.begin(), page.end(), [forward](const Message& a, const Message& b) {
        return forward ? a.id < b.id : b.id < a.id;
    });
    if (!page.empty()) {
        if (forward) {
            cursor->after = page.back().id;
        } else {
            cursor->before = page.back().id;
        }
    }
    co_return page;
}

Task<std::vector<User>> reactions_page(std::shared_ptr<RESTClient::Impl> impl, Snowflake channel,
                                       Snowflake message, std::string emoji,
                                       std::shared_ptr<std::optional<Snowflake>> after) {
    auto s = spec(routes::get_reactions, {channel, message, emoji});
    s.query.emplace_back("limit", "100");
    if (*after) s.query.emplace_back("after", id(**after));
    auto response = co_await impl->request(std::move(s));
    auto page = parse_list<User>(response.body);
    if (!page.empty()) *after = page.back().id;
    co_return page;
}

void check_emoji(const std::string& emoji) {
    if (emoji.empty()) throw ValueError("emoji must not be empty");
}

}  // namespace

Task<Message> RESTClient::create_message(Snowflake channel, MessageCreateOptions options) {
    return impl_->request_model<Message>(
        with_body(spec(routes::post_channel_messages, {channel}), message_create_body(options)));
}

Task<Message> RESTClient::edit_message(Snowflake channel, Snowflake message,
                                       MessageEditOptions options) {
    return impl_->request_model<Message>(with_body(
        spec(routes::patch_channel_message, {channel, message}), message_edit_body(options)));
}

Task<void> RESTClient::delete_message(Snowflake channel, Snowflake message,
                                      std::optional<std::string> reason) {
    auto request_spec = spec(routes::delete_channel_message, {channel, message}, std::move(reason));
    co_await impl_->request(std::move(request_spec));
}

Task<void> RESTClient::delete_messages(Snowflake channel, std::vector<Snowflake> messages,
                                       std::optional<std::string> reason) {
    // Duplicates make Discord reject the whole bulk request.
    std::vector<Snowflake> unique;
    for (const auto m : messages) {
        if (std::find(unique.begin(), unique.end(), m) == unique.end()) unique.push_back(m);
    }
    std::vector<Snowflake> deleted;
    for (std::size_t start = 0; start < unique.size(); start += bulk_max) {
        const std::size_t end = std::min(unique.size(), start + bulk_max);
        std::vector<Snowflake> chunk(unique.begin() + static_cast<std::ptrdiff_t>(start),
                                     unique.begin() + static_cast<std::ptrdiff_t>(end));
        try {
            if (chunk.size() == 1) {
                auto request_spec =
                    spec(routes::delete_channel_message, {channel, chunk[0]}, reason);
                co_await impl_->request(std::move(request_spec));
            } else {
                JsonWriter w;
                w.begin_object().key("messages");
                write_ids(w, chunk);
                w.end_object();
                auto request_spec = with_body(spec(routes::post_bulk_delete, {channel}, reason),
                                              json_body(std::move(w)));
                co_await impl_->request(std::move(request_spec));
            }
        } catch (const HikariError&) {
            std::vector<Snowflake> not_deleted(unique.begin() + static_cast<std::ptrdiff_t>(start),
                                               unique.end());
            throw BulkDeleteError(std::move(deleted), std::move(not_deleted));
        }
        deleted.insert(deleted.end(), chunk.begin(), chunk.end());
    }
}

Task<Message> RESTClient::fetch_message(Snowflake channel, Snowflake message) {
    return impl_->request_model<Message>(spec(routes::get_channel_message, {channel, message}));
}

Paginator<Message> RESTClient::fetch_messages(Snowflake channel, MessagesFrom from) {
    if (from.before && from.after) {
        throw ValueError("fetch_messages takes before or after, not both");
    }
    auto cursor = std::make_shared<MessagesFrom>(from);
    return Paginator<Message>(
        [impl = impl_, channel, cursor] { return messages_page(impl, channel, cursor); });
}

Task<std::vector<Message>> RESTClient::fetch_messages_around(Snowflake channel, Snowflake around,
                                                             int limit) {
    if (limit < 1 || limit > 100) throw ValueError("limit must be 1 to 100");
    auto s = spec(routes::get_channel_messages, {channel});
    s.query = {{"around", id(around)}, {"limit", std::to_string(limit)}};
    auto response = co_await impl_->request(std::move(s));
    co_return parse_list<Message>(response.body);
}

Task<Message> RESTClient::crosspost_message(Snowflake channel, Snowflake message) {
    return impl_->request_model<Message>(spec(routes::post_crosspost, {channel, message}));
}

Task<void> RESTClient::add_reaction(Snowflake channel, Snowflake message, std::string emoji) {
    check_emoji(emoji);
    auto request_spec = spec(routes::put_my_reaction, {channel, message, emoji});
    co_await impl_->request(std::move(request_spec));
}

Task<void> RESTClient::delete_my_reaction(Snowflake channel, Snowflake message, std::string emoji) {
    check_emoji(emoji);
    auto request_spec = spec(routes::delete_my_reaction, {channel, message, emoji});
    co_await impl_->request(std::move(request_spec));
}

Task<void> RESTClient::delete_reaction(Snowflake channel, Snowflake message, std::string emoji,
                                       Snowflake user) {
    check_emoji(emoji);
    auto request_spec = spec(routes::delete_user_reaction, {channel, message, emoji, user});
    co_await impl_->request(std::move(request_spec));
}

Task<void> RESTClient::delete_all_reactions(Snowflake channel, Snowflake message) {
    auto request_spec = spec(routes::delete_all_reactions, {channel, message});
    co_await impl_->request(std::move(request_spec));
}

Task<void> RESTClient::delete_all_reactions_for_emoji(Snowflake channel, Snowflake message,
                                                      std::string emoji) {
    check_emoji(emoji);
    auto request_spec = spec(routes::delete_emoji_reactions, {channel, message, emoji});
    co_await impl_->request(std::move(request_spec));
}

Paginator<User> RESTClient::fetch_reactions_for_emoji(Snowflake channel, Snowflake message,
                                                      std::string emoji) {
    check_emoji(emoji);
    auto after = std::make_shared<std::optional<Snowflake>>();
    return Paginator<User>([impl = impl_, channel, message, emoji, after] {
        return reactions_page(impl, channel, message, emoji, after);
    });
}

}  // namespace hikari
