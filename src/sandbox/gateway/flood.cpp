#include "sandbox/gateway/flood.hpp"

#include "sandbox/gateway/hub_impl.hpp"
#include "sandbox/gateway/intent_filter.hpp"
#include "sandbox/gateway/payloads.hpp"
#include "sandbox/state/world.hpp"

#include <spdlog/spdlog.h>
#include <boost/json/serialize.hpp>

#include <array>
#include <charconv>
#include <chrono>

namespace hikari::sandbox {
namespace json = boost::json;

FloodMessages::FloodMessages(Snowflake guild, Snowflake channel, const json::object& author,
                             const json::object& member, std::size_t payload_bytes,
                             bool with_content)
    : first_id_(Snowflake::min_for(std::chrono::time_point_cast<std::chrono::milliseconds>(
                                       std::chrono::system_clock::now()))
                    .value()) {
    json::object message{
        {"type", 0},
        {"tts", false},
        {"timestamp", "2026-01-01T00:00:00.000000+00:00"},
        {"pinned", false},
        {"mentions", json::array{}},
        {"mention_roles", json::array{}},
        {"mention_everyone", false},
        {"flags", 0},
        {"embeds", json::array{}},
        {"edited_timestamp", nullptr},
        {"content", ""},
        {"components", json::array{}},
        {"channel_id", channel.to_string()},
        {"author", author},
        {"attachments", json::array{}},
        {"guild_id", guild.to_string()},
    };
    if (!member.empty()) {
        json::object partial = member;
        partial.erase("user");  // MESSAGE_CREATE's member omits the user
        message["member"] = std::move(partial);
    }
    const std::size_t base = json::serialize(message).size() + 60;  // id, envelope
    if (with_content && payload_bytes > base) {
        static constexpr std::string_view words =
            "the quick brown fox jumps over the lazy dog while the sandbox floods the gateway ";
        std::string content;
        while (content.size() < payload_bytes - base) content += words;
        content.resize(payload_bytes - base);
        message["content"] = content;
    }
    std::string rest = json::serialize(message);
    head_ = R"({"id":")";
    tail_ = "\"," + rest.substr(1);
}

std::string FloodMessages::body(std::uint64_t index) const {
    std::string out;
    out.reserve(head_.size() + 24 + tail_.size());
    append_body(out, index);
    return out;
}

void FloodMessages::append_body(std::string& out, std::uint64_t index) const {
    std::array<char, 24> id{};
    const auto end = std::to_chars(id.data(), id.data() + id.size(), first_id_ + index).ptr;
    out += head_;
    out.append(id.data(), end);
    out += tail_;
}

namespace {

// Wire bytes per socket write: a few hundred ~1 KB frames.
constexpr std::size_t batch_bytes = std::size_t{256} * 1024;

}  // namespace

json::value GatewayHub::Impl::start_flood(const json::object& args) {
    const json::value* count_value = args.if_contains("count");
    if (count_value == nullptr || !(count_value->is_int64() || count_value->is_uint64()) ||
        (count_value->is_int64() && count_value->as_int64() <= 0)) {
        throw ValueError("gateway control: flood needs a positive integer 'count'");
    }
    const auto count = count_value->to_number<std::uint64_t>();
    std::size_t payload_bytes = 1024;
    if (const json::value* bytes = args.if_contains("payload_bytes");
        bytes != nullptr && !bytes->is_null()) {
        if (!(bytes->is_int64() || bytes->is_uint64()) || bytes->to_number<double>() < 1 ||
            bytes->to_number<double>() > 1 << 20) {
            throw ValueError("gateway control: payload_bytes must be within 1-1048576");
        }
        payload_bytes = bytes->to_number<std::size_t>();
    }
    std::size_t started = 0;
    for (auto& connection : targets(args)) {
        if (!connection->session) continue;
        auto session = connection->session;
        const auto guilds = guilds_of(session->shard_id, session->shard_count);
        Snowflake guild = guilds.empty() ? Snowflake{} : guilds.front();
        Snowflake channel = world.application_id();  // any id will do when there is no guild
        json::object author = world.bot_user();
        json::object member;
        if (guild) {
            for (const json::object* c : world.channels(guild)) {
                if (c->if_contains("type") && c->at("type") == 0) {
                    channel = Snowflake::parse(c->at("id").as_string());
                    break;
                }
            }
            for (const json::object* m : world.members(guild)) {
                if (m->at("user").at("id") != json::value(world.bot_id().to_string())) {
                    author = m->at("user").as_object();
                    member = *m;
                    break;
                }
            }
        }
        auto messages =
            std::make_shared<FloodMessages>(guild, channel, author, member, payload_bytes,
                                            (session->intents & intents::message_content) != 0);
        const std::size_t record = floods.size();
        floods.push_back(json::object{{"shard", session->shard_id},
                                      {"session_id", session->id},
                                      {"count", count},
                                      {"sent", 0},
                                      {"done", false}});
        auto self = shared_from_this();
        auto next = std::make_shared<std::uint64_t>(0);
        // Queues the next batch; false once the flood is over (done or the session moved).
        auto produce = [self, session, messages, next, count, record](Connection& c) {
            std::string batch;
            batch.reserve(batch_bytes + 4096);
            while (*next < count && batch.size() < batch_bytes && session->connection.get() == &c &&
                   c.open()) {
                std::string frame = session->reusable_frame();
                append_dispatch_head(frame, "MESSAGE_CREATE", ++session->seq);
                messages->append_body(frame, *next);
                frame += '}';
                c.append_message(batch, frame);
                session->keep_for_replay(session->seq, std::move(frame));
                ++session->dispatches_sent;
                ++*next;
            }
            c.send_batch(std::move(batch));
            json::object& entry = self->floods[record].as_object();
            entry["sent"] = *next;
            if (*next < count && session->connection.get() == &c && c.open()) return true;
            entry["done"] = *next == count;
            spdlog::info("gateway: flood of {} on session {} finished ({} sent)", count,
                         session->id, *next);
            return false;
        };
        if (connection->compression() == Compression::none) {
            connection->set_producer(produce);  // built as the client reads: memory stays flat
        } else {
            // Compressed up front, in order, so that the benchmark measures the client; later
            // frames (ACKs, events) are compressed after these and queued behind them.
            while (produce(*connection)) {
            }
        }
        ++started;
    }
    return json::object{{"connections", started}, {"count", count}};
}

}  // namespace hikari::sandbox
