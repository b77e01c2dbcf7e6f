// Draws the four-reductions chart from the figures the page carries (the table shows the same).
(function () {
  var el = document.getElementById('reductions-chart');
  if (!el || !window.echarts) { return; }
  var split = function (name) { return el.getAttribute(name).split('|'); };
  var numbers = function (name) { return split(name).map(Number); };
  var series = split('data-series');
  var elderly = document.body.classList.contains('elderly');
  var chart = window.echarts.init(el, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    textStyle: { fontSize: elderly ? 18 : 13 },
    tooltip: { trigger: 'axis' },
    legend: { data: series },
    xAxis: { type: 'category', data: split('data-labels') },
    yAxis: { type: 'value' },
    series: [
      { name: series[0], type: 'bar', data: numbers('data-before'), itemStyle: { color: '#9aa5b1' } },
      { name: series[1], type: 'bar', data: numbers('data-after'), itemStyle: { color: '#1f3a5f' } }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
