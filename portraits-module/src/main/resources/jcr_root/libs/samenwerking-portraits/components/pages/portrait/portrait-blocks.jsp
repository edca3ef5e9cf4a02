<%-- The paragraphs and lists of one plain-text section (request attribute swkBlocks), as text. --%>
<%@ page pageEncoding="UTF-8" %><%@include file="/libs/sling-cms/global.jsp"%>
<c:forEach var="block" items="${requestScope.swkBlocks}">
    <c:choose>
        <c:when test="${block.list}">
            <ul class="swk-portrait__list"><c:forEach var="item" items="${block.items}"><li><sling:encode value="${item}" mode="HTML" /></li></c:forEach></ul>
        </c:when>
        <c:otherwise>
            <p class="swk-portrait__paragraph"><sling:encode value="${block.text}" mode="HTML" /></p>
        </c:otherwise>
    </c:choose>
</c:forEach>
