// Rate limits, retries and error mapping against the sandbox's Discord-like limiter.

#include "sandbox_fixture.hpp"

#include <hikari/rest/transport_error.hpp>

#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace hikari::testing {
namespace {

using boost::asio::use_awaitable;

class RateLimitsTest : public SandboxTest {
  protected:
    /// Runs `count` calls of `make` concurrently and waits for all of them.
    template <class Make>
    void burst(int count, Make make) {
        std::exception_ptr first_error;
        int left = count;
        for (int i = 0; i < count; ++i) {
            boost::asio::co_spawn(io_, make(i), [&](std::exception_ptr e, auto...) {
                if (e && !first_error) first_error = e;
                --left;
            });
        }
        io_.restart();
        io_.run();
        EXPECT_EQ(left, 0);
        if (first_error) std::rethrow_exception(first_error);
    }
};

TEST_F(RateLimitsTest, BurstOnOneBucketNeverProducesA429) {
    // message_create: 5 per 5s in the sandbox; shrink the window to keep the test quick.
    control(
        "POST", "/rest/limits",
        {{"route", "POST /channels/{channel_id}/messages"}, {"limit", 3}, {"reset_after", 0.5}});
    const auto start = std::chrono::steady_clock::now();
    burst(10, [&](int i) {
        return rest_->create_message(channel_, {.content = "burst " + std::to_string(i)});
    });
    const auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_EQ(sandbox_429s(), 0U);
    EXPECT_EQ(rest_->stats().rate_limited_responses, 0U);
    // 10 requests at 3 per 0.5s need at least three refills.
    EXPECT_GE(elapsed, std::chrono::milliseconds(1400));
}

TEST_F(RateLimitsTest, BurstKeepsTheOrderOfRequests) {
    control(
        "POST", "/rest/limits",
        {{"route", "POST /channels/{channel_id}/messages"}, {"limit", 2}, {"reset_after", 0.3}});
    std::vector<Snowflake> ids(6);
    burst(6, [&](int i) -> Task<void> {
        // A named variable: GCC 12 mishandles temporaries with destructors in co_await.
        MessageCreateOptions options{.content = std::to_string(i)};
        auto m = co_await rest_->create_message(channel_, std::move(options));
        ids[static_cast<std::size_t>(i)] = m.id;
    });
    // Queued requests leave in order, one window at a time: 0 alone while the bucket is
    // unknown, 1 on the remaining slot, then {2, 3} and {4, 5} together. Two requests released
    // into the same window travel on two connections and may arrive either way round; no
    // request may overtake one of an earlier window.
    EXPECT_LT(ids[0], ids[1]);
    EXPECT_LT(ids[1], std::min(ids[2], ids[3]));
    EXPECT_LT(std::max(ids[2], ids[3]), std::min(ids[4], ids[5]));
    EXPECT_EQ(sandbox_429s(), 0U);
}

TEST_F(RateLimitsTest, RoutesSharingABucketAreLimitedTogether) {
    // All reaction routes of a channel share one bucket in the sandbox (as on Discord).
    control("POST", "/rest/limits", {{"bucket", "reactions"}, {"limit", 2}, {"reset_after", 0.3}});
    const Message m = run(rest_->create_message(channel_, {.content = "react to me"}));
    // Learn which routes map to the shared bucket, one request each.
    const auto smiley = [](int i) {  // U+1F600 + i, as UTF-8
        return std::string("\xF0\x9F\x98") + static_cast<char>(0x80 + i);
    };
    run(rest_->add_reaction(channel_, m.id, smiley(0)));
    run(rest_->delete_my_reaction(channel_, m.id, smiley(0)));
    for (int i = 1; i <= 4; ++i) run(rest_->add_reaction(channel_, m.id, smiley(i)));
    // Interleaved adds (new emojis) and deletes (the ones above), all on one shared bucket.
    burst(8, [&](int i) -> Task<void> {
        if (i % 2 == 0) {
            co_await rest_->add_reaction(channel_, m.id, smiley(5 + i / 2));
        } else {
            co_await rest_->delete_my_reaction(channel_, m.id, smiley(1 + i / 2));
        }
    });
    EXPECT_EQ(sandbox_429s(), 0U);
}

TEST_F(RateLimitsTest, GlobalLimitIsRespected) {
    control("POST", "/rest/limits", {{"global", 5}});
    RESTOptions options;
    options.rest_url = sandbox_->api_url();
    options.global_rate_limit = 5;
    RESTClient client(io_.get_executor(), Token::bot(sandbox_->token()), options);
    const auto start = std::chrono::steady_clock::now();
    burst(12, [&](int) { return client.fetch_my_user(); });
    EXPECT_EQ(sandbox_429s(), 0U);
    EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(1900));
}

/// A loopback server that answers GET /users/@me, holding each of the first `slow` answers
/// back for `hold` after the request arrived, and records when each request arrived. One
/// thread per connection, as many connections as the client opens.
class SlowServer {
  public:
    SlowServer(int slow, std::chrono::milliseconds hold)
        : slow_(slow),
          hold_(hold),
          acceptor_(io_, {boost::asio::ip::make_address("127.0.0.1"), 0}) {
        accepting_ = std::thread([this] {
            for (;;) {
                boost::asio::ip::tcp::socket socket(io_);
                boost::system::error_code ec;
                acceptor_.accept(socket, ec);
                if (ec || stopping_) return;
                std::lock_guard lock(mutex_);
                serving_.emplace_back([this, s = std::move(socket)]() mutable { serve(s); });
            }
        });
    }
    ~SlowServer() {
        stopping_ = true;
        boost::system::error_code ec;
        boost::asio::ip::tcp::socket poke(io_);
        poke.connect(acceptor_.local_endpoint(), ec);
        accepting_.join();
        for (auto& t : serving_) t.join();
    }
    SlowServer(const SlowServer&) = delete;
    SlowServer& operator=(const SlowServer&) = delete;

    [[nodiscard]] std::string api_url() const {
        return "http://127.0.0.1:" + std::to_string(acceptor_.local_endpoint().port()) + "/api/v10";
    }
    [[nodiscard]] std::vector<std::chrono::steady_clock::time_point> arrivals() {
        std::lock_guard lock(mutex_);
        return arrivals_;
    }

  private:
    void serve(boost::asio::ip::tcp::socket& socket) {
        const std::string body = R"({"id":"1","username":"u","discriminator":"0","avatar":null})";
        const std::string response =
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            "Content-Length: " +
            std::to_string(body.size()) + "\r\n\r\n" + body;
        boost::asio::streambuf request;
        for (;;) {
            boost::system::error_code ec;
            const std::size_t n = boost::asio::read_until(socket, request, "\r\n\r\n", ec);
            if (ec) return;
            request.consume(n);
            std::size_t index = 0;
            {
                std::lock_guard lock(mutex_);
                index = arrivals_.size();
                arrivals_.push_back(std::chrono::steady_clock::now());
            }
            if (static_cast<int>(index) < slow_) std::this_thread::sleep_for(hold_);
            boost::asio::write(socket, boost::asio::buffer(response), ec);
            if (ec) return;
        }
    }

    int slow_;
    std::chrono::milliseconds hold_;
    boost::asio::io_context io_;
    boost::asio::ip::tcp::acceptor acceptor_;
    std::mutex mutex_;
    std::vector<std::chrono::steady_clock::time_point> arrivals_;
    std::vector<std::thread> serving_;
    std::atomic<bool> stopping_{false};
    std::thread accepting_;
};

TEST_F(RateLimitsTest, AGlobalSlotLastsAWindowFromItsAnswer) {
    // Two requests fill a global limit of 2; the server answers them 400 ms after they
    // arrive, as a busy server may. A server that counts them when it gets to them may count
    // them as late as its answers, so the third request must wait a whole window from those
    // answers, not from when the first two were sent.
    SlowServer server(2, std::chrono::milliseconds(400));
    RESTOptions options;
    options.rest_url = server.api_url();
    options.global_rate_limit = 2;
    RESTClient client(io_.get_executor(), Token::bot("x"), options);
    burst(3, [&](int) { return client.fetch_my_user(); });
    const auto arrivals = server.arrivals();
    ASSERT_EQ(arrivals.size(), 3U);
    const auto first_answer = arrivals[0] + std::chrono::milliseconds(400);
    EXPECT_GE(arrivals[2] - first_answer, std::chrono::milliseconds(1000))
        << "the third request went "
        << std::chrono::duration_cast<std::chrono::milliseconds>(arrivals[2] - arrivals[0]).count()
        << " ms after the first";
    EXPECT_EQ(client.stats().rate_limited_responses, 0U);
}

TEST_F(RateLimitsTest, Forced429IsRetriedTransparently) {
    control("POST", "/rest/faults", {{"count", 1}, {"status", 429}, {"retry_after", 0.2}});
    const User me = run(rest_->fetch_my_user());
    EXPECT_EQ(me.bot, std::optional<bool>(true));
    EXPECT_EQ(sandbox_429s(), 1U);
    EXPECT_EQ(rest_->stats().rate_limited_responses, 1U);
    EXPECT_EQ(sandbox_calls("GET /users/@me"), 2U);
}

TEST_F(RateLimitsTest, Shared429sAreRetriedAndCountTowardsNoBan) {
    control("POST", "/rest/faults",
            {{"count", 3}, {"status", 429}, {"retry_after", 0.05}, {"scope", "shared"}});
    EXPECT_NO_THROW(run(rest_->fetch_my_user()));
    EXPECT_EQ(sandbox_429s(), 3U);
    EXPECT_EQ(sandbox_calls("GET /users/@me"), 4U);
    // A shared resource's limit is nobody's fault: neither side counts it as invalid.
    EXPECT_EQ(sandbox_invalid_requests(), 0U);
}

TEST_F(RateLimitsTest, UserScoped429sCountAsInvalidRequests) {
    control("POST", "/rest/faults",
            {{"count", 2}, {"status", 429}, {"retry_after", 0.05}, {"scope", "user"}});
    EXPECT_NO_THROW(run(rest_->fetch_my_user()));
    EXPECT_EQ(sandbox_invalid_requests(), 2U);
}

TEST_F(RateLimitsTest, ForcedGlobal429HoldsEveryRouteBack) {
    control("POST", "/rest/faults",
            {{"count", 1}, {"status", 429}, {"retry_after", 0.3}, {"global", true}});
    const auto start = std::chrono::steady_clock::now();
    run(rest_->fetch_my_user());
    run(rest_->fetch_channel(channel_));
    EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(300));
    EXPECT_EQ(sandbox_429s(), 1U);
}

TEST_F(RateLimitsTest, RetryAfterAboveMaxRateLimitRaises) {
    RESTOptions options;
    options.rest_url = sandbox_->api_url();
    options.max_rate_limit = FractionalSeconds(1.0);
    RESTClient client(io_.get_executor(), Token::bot(sandbox_->token()), options);
    control("POST", "/rest/faults", {{"count", 1}, {"status", 429}, {"retry_after", 30}});
    try {
        run(client.fetch_my_user());
        FAIL() << "expected RateLimitTooLongError";
    } catch (const RateLimitTooLongError& e) {
        EXPECT_DOUBLE_EQ(e.retry_after().count(), 30.0);
        EXPECT_DOUBLE_EQ(e.max_retry_after().count(), 1.0);
        EXPECT_EQ(e.route(), "GET /users/@me");
    }
}

TEST_F(RateLimitsTest, BucketWaitAboveMaxRateLimitRaisesBeforeSending) {
    RESTOptions options;
    options.rest_url = sandbox_->api_url();
    options.max_rate_limit = FractionalSeconds(0.5);
    RESTClient client(io_.get_executor(), Token::bot(sandbox_->token()), options);
    control("POST", "/rest/limits",
            {{"route", "GET /channels/{channel_id}"}, {"limit", 1}, {"reset_after", 20}});
    run(client.fetch_channel(channel_));
    EXPECT_THROW(run(client.fetch_channel(channel_)), RateLimitTooLongError);
    EXPECT_EQ(sandbox_calls("GET /channels/{channel_id}"), 1U);
    EXPECT_EQ(sandbox_429s(), 0U);
}

TEST_F(RateLimitsTest, ServerErrorsAreRetriedThenSucceed) {
    control("POST", "/rest/faults", {{"count", 2}, {"status", 502}});
    const User me = run(rest_->fetch_my_user());
    EXPECT_EQ(me.bot, std::optional<bool>(true));
    EXPECT_EQ(rest_->stats().retries, 2U);
    EXPECT_EQ(sandbox_calls("GET /users/@me"), 3U);
}

TEST_F(RateLimitsTest, ExhaustedRetriesRaiseInternalServerError) {
    control("POST", "/rest/faults", {{"count", 10}, {"status", 500}});
    try {
        run(rest_->fetch_my_user());
        FAIL() << "expected InternalServerError";
    } catch (const InternalServerError& e) {
        EXPECT_EQ(e.status(), 500);
    }
    // The first try and max_retries (3) retries.
    EXPECT_EQ(sandbox_calls("GET /users/@me"), 4U);
}

TEST_F(RateLimitsTest, BadRequestCarriesDiscordsCodeAndErrorTree) {
    try {
        // The sandbox, like Discord, caps nonces at 25 characters; the client leaves it to it.
        run(rest_->create_message(channel_, {.content = "x", .nonce = std::string(30, 'n')}));
        FAIL() << "expected BadRequestError";
    } catch (const BadRequestError& e) {
        EXPECT_EQ(e.status(), 400);
        EXPECT_EQ(e.code(), 50035);
        ASSERT_FALSE(e.errors().empty());
        EXPECT_EQ(e.errors()[0].path, "nonce");
        EXPECT_EQ(e.errors()[0].code, "BASE_TYPE_MAX_LENGTH");
    }
}

TEST_F(RateLimitsTest, ContentOverTheLimitIsRejectedBeforeSending) {
    EXPECT_THROW(run(rest_->create_message(channel_, {.content = std::string(2001, 'x')})),
                 ValueError);
    EXPECT_EQ(sandbox_calls("POST /channels/{channel_id}/messages"), 0U);
}

TEST_F(RateLimitsTest, ConnectionsAreReused) {
    for (int i = 0; i < 5; ++i) run(rest_->fetch_my_user());
    EXPECT_EQ(rest_->stats().connections_opened, 1U);
}

TEST_F(RateLimitsTest, UnreachableServerIsATransportErrorAfterRetries) {
    RESTOptions options;
    options.rest_url = "http://127.0.0.1:1/api/v10";
    options.max_retries = 1;
    options.retry_backoff = std::chrono::milliseconds(1);
    RESTClient client(io_.get_executor(), Token::bot("x"), options);
    EXPECT_THROW(run(client.fetch_my_user()), HTTPTransportError);
    EXPECT_EQ(client.stats().retries, 1U);
}

}  // namespace
}  // namespace hikari::testing
