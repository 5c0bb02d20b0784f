// Polls: ending one early and listing who voted for an answer.

#include "rest/client/endpoint_helpers.hpp"
#include "rest/client/json_fields.hpp"

namespace hikari {

using namespace rest;

namespace {

Task<std::vector<User>> voters_page(std::shared_ptr<RESTClient::Impl> impl, Snowflake channel,
                                    Snowflake message, std::int32_t answer,
                                    std::shared_ptr<std::optional<Snowflake>> after) {
    auto s = spec(routes::get_poll_answer_voters, {channel, message, std::to_string(answer)});
    s.query.emplace_back("limit", "100");
    if (*after) s.query.emplace_back("after", id(**after));
    auto response = co_await impl->request(std::move(s));
    auto page = parse_list<User>(JsonFields(response.body).at("users"));
    if (!page.empty()) *after = page.back().id;
    co_return page;
}

}  // namespace

Task<Message> RESTClient::end_poll(Snowflake channel, Snowflake message) {
    return impl_->request_model<Message>(spec(routes::post_poll_expire, {channel, message}));
}

Paginator<User> RESTClient::fetch_poll_voters(Snowflake channel, Snowflake message,
                                              std::int32_t answer_id) {
    if (answer_id < 1) throw ValueError("poll answer ids start at 1");
    auto after = std::make_shared<std::optional<Snowflake>>();
    return Paginator<User>([impl = impl_, channel, message, answer_id, after] {
        return voters_page(impl, channel, message, answer_id, after);
    });
}

}  // namespace hikari
