#!/usr/bin/env python3
"""Holds every packet queued by iptables NFQUEUE for a fixed delay, then accepts it.

This kernel has no sch_netem, so `tc netem` cannot add latency. This program speaks nfnetlink_queue over a
raw netlink socket (no extra packages) and gives each packet its verdict DELAY_MS after it arrived, so a
rule like `iptables -A FORWARD -j NFQUEUE --queue-num N --queue-bypass` adds that delay per direction.

Usage: packet-delayer.py QUEUE_NUM DELAY_MS   (prints "ready" once bound; stops on SIGTERM/SIGINT)
"""
import collections
import errno
import os
import select
import signal
import socket
import struct
import sys
import time

NETLINK_NETFILTER = 12
NFNL_SUBSYS_QUEUE = 3
NFQNL_MSG_PACKET = 0
NFQNL_MSG_VERDICT = 1
NFQNL_MSG_CONFIG = 2
NLM_F_REQUEST = 1
NLM_F_ACK = 4
NLMSG_ERROR = 2
NFQA_PACKET_HDR = 1
NFQA_VERDICT_HDR = 2
NFQA_CFG_CMD = 1
NFQA_CFG_PARAMS = 2
NFQA_CFG_QUEUE_MAXLEN = 3
NFQNL_CFG_CMD_BIND = 1
NFQNL_COPY_META = 1
NF_ACCEPT = 1


def attr(attr_type, payload):
    length = 4 + len(payload)
    return struct.pack("=HH", length, attr_type) + payload + b"\0" * ((4 - length % 4) % 4)


def message(msg_type, queue, attrs, flags=NLM_F_REQUEST):
    body = struct.pack("=BBH", socket.AF_UNSPEC, 0, socket.htons(queue)) + b"".join(attrs)
    header = struct.pack("=IHHII", 16 + len(body), (NFNL_SUBSYS_QUEUE << 8) | msg_type, flags, 0, 0)
    return header + body


def expect_ack(sock):
    data = sock.recv(65536)
    length, msg_type = struct.unpack_from("=IH", data, 0)
    if msg_type == NLMSG_ERROR:
        (code,) = struct.unpack_from("=i", data, 16)
        if code != 0:
            raise OSError(-code, os.strerror(-code))


def packet_ids(data):
    """Yields the packet id of every queued-packet message in one netlink read."""
    offset = 0
    while offset + 16 <= len(data):
        length, msg_type = struct.unpack_from("=IH", data, offset)
        if length < 16:
            break
        if msg_type == (NFNL_SUBSYS_QUEUE << 8) | NFQNL_MSG_PACKET:
            pos = offset + 20  # nlmsghdr + nfgenmsg
            while pos + 4 <= offset + length:
                attr_len, attr_type = struct.unpack_from("=HH", data, pos)
                if attr_len < 4:
                    break
                if (attr_type & 0x7FFF) == NFQA_PACKET_HDR:
                    (packet_id,) = struct.unpack_from("!I", data, pos + 4)
                    yield packet_id
                    break
                pos += (attr_len + 3) & ~3
        offset += (length + 3) & ~3


def main():
    queue = int(sys.argv[1])
    delay = float(sys.argv[2]) / 1000.0
    sock = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, NETLINK_NETFILTER)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 << 20)
    sock.bind((0, 0))
    config = lambda attrs: message(NFQNL_MSG_CONFIG, queue, attrs, NLM_F_REQUEST | NLM_F_ACK)
    sock.send(config([attr(NFQA_CFG_CMD, struct.pack("!BBH", NFQNL_CFG_CMD_BIND, 0, 0))]))
    expect_ack(sock)
    sock.send(config([attr(NFQA_CFG_PARAMS, struct.pack("!IB", 0, NFQNL_COPY_META))]))
    expect_ack(sock)
    sock.send(config([attr(NFQA_CFG_QUEUE_MAXLEN, struct.pack("!I", 4096))]))
    expect_ack(sock)

    stopping = []
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stopping.append(True))
    print("ready", flush=True)

    held = collections.deque()  # (release_at, packet_id); constant delay keeps it ordered
    while not stopping:
        timeout = max(0.0, held[0][0] - time.monotonic()) if held else 0.5
        try:
            readable, _, _ = select.select([sock], [], [], timeout)
        except InterruptedError:
            continue
        if readable:
            try:
                data = sock.recv(1 << 16)
            except OSError as error:
                if error.errno == errno.ENOBUFS:  # kernel dropped queue messages; packets fail open
                    continue
                raise
            now = time.monotonic()
            for packet_id in packet_ids(data):
                held.append((now + delay, packet_id))
        now = time.monotonic()
        while held and held[0][0] <= now:
            _, packet_id = held.popleft()
            verdict = struct.pack("!II", NF_ACCEPT, packet_id)
            sock.send(message(NFQNL_MSG_VERDICT, queue, [attr(NFQA_VERDICT_HDR, verdict)]))
    # Whatever is still held is released at once so no connection is left hanging.
    for _, packet_id in held:
        sock.send(message(NFQNL_MSG_VERDICT, queue, [attr(NFQA_VERDICT_HDR, struct.pack("!II", NF_ACCEPT, packet_id))]))


if __name__ == "__main__":
    main()
