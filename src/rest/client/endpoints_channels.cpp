// Channels: fetch, edit, delete, permission overwrites, typing and pins.

#include "rest/client/endpoint_helpers.hpp"
#include "rest/client/json_fields.hpp"

#include <hikari/core/time.hpp>

#include <memory>

namespace hikari {

using namespace rest;

namespace rest {

void write_overwrites(JsonWriter& w, const std::vector<PermissionOverwrite>& overwrites) {
    w.begin_array();
    for (const auto& o : overwrites) {
        w.begin_object()
            .key("id")
            .string(o.id.to_string())
            .key("type")
            .number(static_cast<std::int64_t>(o.type))
            .key("allow")
            .string(std::to_string(o.allow.value()))
            .key("deny")
            .string(std::to_string(o.deny.value()))
            .end_object();
    }
    w.end_array();
}

}  // namespace rest

Task<Channel> RESTClient::fetch_channel(Snowflake channel) {
    return impl_->request_model<Channel>(spec(routes::get_channel, {channel}));
}

Task<Channel> RESTClient::edit_channel(Snowflake channel, ChannelEditOptions o,
                                       std::optional<std::string> reason) {
    JsonWriter w;
    w.begin_object();
    put(w, "name", o.name, write_string);
    put(w, "type", o.type, write_enum<ChannelType>);
    put(w, "position", o.position, write_int<std::int32_t>);
    put(w, "topic", o.topic, write_string);
    put(w, "nsfw", o.nsfw, write_bool);
    put(w, "rate_limit_per_user", o.rate_limit_per_user, write_int<std::int32_t>);
    put(w, "bitrate", o.bitrate, write_int<std::int32_t>);
    put(w, "user_limit", o.user_limit, write_int<std::int32_t>);
    put(w, "permission_overwrites", o.permission_overwrites, write_overwrites);
    put(w, "parent_id", o.parent_id, write_id);
    put(w, "archived", o.archived, write_bool);
    put(w, "locked", o.locked, write_bool);
    put(w, "auto_archive_duration", o.auto_archive_duration, write_int<std::int32_t>);
    w.end_object();
    return impl_->request_model<Channel>(with_body(
        spec(routes::patch_channel, {channel}, std::move(reason)), json_body(std::move(w))));
}

Task<Channel> RESTClient::delete_channel(Snowflake channel, std::optional<std::string> reason) {
    return impl_->request_model<Channel>(
        spec(routes::delete_channel, {channel}, std::move(reason)));
}

Task<void> RESTClient::edit_permission_overwrite(Snowflake channel, PermissionOverwrite overwrite,
                                                 std::optional<std::string> reason) {
    JsonWriter w;
    w.begin_object()
        .key("type")
        .number(static_cast<std::int64_t>(overwrite.type))
        .key("allow")
        .string(std::to_string(overwrite.allow.value()))
        .key("deny")
        .string(std::to_string(overwrite.deny.value()))
        .end_object();
    auto request_spec =
        with_body(spec(routes::put_overwrite, {channel, overwrite.id}, std::move(reason)),
                  json_body(std::move(w)));
    co_await impl_->request(std::move(request_spec));
}

Task<void> RESTClient::delete_permission_overwrite(Snowflake channel, Snowflake target,
                                                   std::optional<std::string> reason) {
    auto request_spec = spec(routes::delete_overwrite, {channel, target}, std::move(reason));
    co_await impl_->request(std::move(request_spec));
}

Task<void> RESTClient::trigger_typing(Snowflake channel) {
    auto request_spec = spec(routes::post_typing, {channel});
    co_await impl_->request(std::move(request_spec));
}

Task<std::vector<Message>> RESTClient::fetch_pins(Snowflake channel) {
    auto request_spec = spec(routes::get_pins, {channel});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<Message>(response.body);
}

namespace {

struct PinCursor {
    std::optional<std::string> before;
    bool more = true;
};

Task<std::vector<MessagePin>> pins_page(std::shared_ptr<RESTClient::Impl> impl, Snowflake channel,
                                        std::shared_ptr<PinCursor> cursor) {
    if (!cursor->more) co_return std::vector<MessagePin>{};
    auto s = spec(routes::get_message_pins, {channel});
    s.query.emplace_back("limit", "50");
    if (cursor->before) s.query.emplace_back("before", *cursor->before);
    auto response = co_await impl->request(std::move(s));
    const JsonFields fields(response.body);
    auto page = parse_each<MessagePin>(fields.at("items"), parse_message_pin);
    cursor->more = fields.flag("has_more") && !page.empty();
    // Pages go back in pin time: the next one starts before the oldest pin of this one.
    if (!page.empty()) cursor->before = format_iso8601(page.back().pinned_at);
    co_return page;
}

}  // namespace

Paginator<MessagePin> RESTClient::fetch_pinned_messages(Snowflake channel,
                                                        std::optional<Timestamp> before) {
    auto cursor = std::make_shared<PinCursor>();
    if (before) cursor->before = format_iso8601(*before);
    return Paginator<MessagePin>(
        [impl = impl_, channel, cursor] { return pins_page(impl, channel, cursor); });
}

Task<void> RESTClient::pin_message(Snowflake channel, Snowflake message,
                                   std::optional<std::string> reason) {
    auto request_spec = spec(routes::put_message_pin, {channel, message}, std::move(reason));
    co_await impl_->request(std::move(request_spec));
}

Task<void> RESTClient::unpin_message(Snowflake channel, Snowflake message,
                                     std::optional<std::string> reason) {
    auto request_spec = spec(routes::delete_message_pin, {channel, message}, std::move(reason));
    co_await impl_->request(std::move(request_spec));
}

Task<void> RESTClient::pin_message_legacy(Snowflake channel, Snowflake message,
                                          std::optional<std::string> reason) {
    auto request_spec = spec(routes::put_pin_legacy, {channel, message}, std::move(reason));
    co_await impl_->request(std::move(request_spec));
}

Task<void> RESTClient::unpin_message_legacy(Snowflake channel, Snowflake message,
                                            std::optional<std::string> reason) {
    auto request_spec = spec(routes::delete_pin_legacy, {channel, message}, std::move(reason));
    co_await impl_->request(std::move(request_spec));
}

}  // namespace hikari
