#!/usr/bin/python3
"""Baseline for `jnova bench rpc`: Debian's Python oslo.messaging 14 client calling a Python oslo server
(a separate process, threading executor) on the same broker.

  oslo_bench.py URL [CALLS]     prints {"calls_per_s", "p50_ms", "p99_ms", "calls"} as JSON
"""
import json
import os
import subprocess
import sys
import time

import oslo_messaging as messaging

from oslo_peer import transport


def main(url, calls=1000):
    topic = 'pybench_%d' % os.getpid()
    here = os.path.dirname(os.path.abspath(__file__))
    server = subprocess.Popen([sys.executable, os.path.join(here, 'oslo_peer.py'), 'server', url, topic, 'bench'],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert server.stdout.readline().strip() == b'READY'
        client = messaging.get_rpc_client(transport(url), messaging.Target(topic=topic, version='1.0'), timeout=30)
        ctxt = {'request_id': 'req-bench'}
        for _ in range(100):
            client.call(ctxt, 'echo', x='jnova bench payload')
        lat = []
        t0 = time.perf_counter()
        for _ in range(calls):
            c0 = time.perf_counter()
            client.call(ctxt, 'echo', x='jnova bench payload')
            lat.append(time.perf_counter() - c0)
        elapsed = time.perf_counter() - t0
        lat.sort()
        print(json.dumps({'calls_per_s': round(calls / elapsed, 1), 'p50_ms': round(lat[len(lat) // 2] * 1000, 3),
                          'p99_ms': round(lat[int(len(lat) * 0.99) - 1] * 1000, 3), 'calls': calls}))
    finally:
        server.stdin.close()
        server.wait(timeout=30)


if __name__ == '__main__':
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1000)
